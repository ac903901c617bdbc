import DataMasque
import Foundation
import Hummingbird
import NIOCore

extension EmulatorRoutes {
    /// Masking runs: start with DataMasque's refusals, a paged newest-first list with filters,
    /// detail, cancel, the growing JSON log, and the run report.
    func addRunRoutes(to router: Router<Context>) {
        router.endpoint(
            "/api/runs/",
            [
                .get: { request, _ in
                    let (filter, pagination) = (RunFilter(request.uri.queryParameters), Pagination(request))
                    return .json(
                        await state.transact { state in
                            let (now, runs) = (state.clock.now, state.runs.all)
                            // Newest first, as indices, so that only the page's runs are copied and rendered.
                            let newestFirst = runs.indices.reversed()
                            let matching =
                                filter.isEmpty
                                ? Array(newestFirst)
                                : newestFirst.filter { filter.matches(state.timeline(of: runs[$0]), at: now) }
                            return pagination.page(matching) { state.timeline(of: runs[$0]).json(at: now) }
                        })
                },
                .post: { request, _ in
                    let body = try await request.jsonObject()
                    return .json(try await state.transact { try $0.startRun(body) }, status: .created)
                },
            ])
        router.endpoint("/api/runs/:id/", [.get: runView { timeline, now in .json(timeline.json(at: now)) }])
        router.endpoint(
            "/api/runs/:id/cancel/",
            [
                .post: { _, context in
                    let id = try context.parameters.require("id")
                    return .json(try await state.transact { try $0.cancelRun(id: id) })
                }
            ])
        router.endpoint("/api/runs/:id/log/", [.get: runView { timeline, now in .json(timeline.log(at: now)) }])
        router.endpoint(
            "/api/runs/:id/run-report/",
            [
                .get: runView { timeline, now in
                    guard let report = timeline.report(at: now) else {
                        throw APIError.detail(.notFound, "This run has no run report.")
                    }
                    return Response(
                        status: .ok, headers: [.contentType: "text/csv"],
                        body: .init(byteBuffer: ByteBuffer(string: report)))
                }
            ])
    }

    /// A handler answering from the timeline of the run named in the path, at the current emulator time.
    private func runView(
        _ answer: @escaping @Sendable (RunTimeline, Date) throws -> Response
    ) -> Router<Context>.Handler {
        { _, context in
            let id = try context.parameters.require("id")
            let (timeline, now) = try await state.transact { state in
                (state.timeline(of: try state.runs.run(id: id)), state.clock.now)
            }
            return try answer(timeline, now)
        }
    }
}
