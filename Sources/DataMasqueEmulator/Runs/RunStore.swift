import DataMasque
import Foundation

/// The started masking runs, with integer ids from 1.
struct RunStore {
    private(set) var all: [StoredRun] = []

    /// The id the next run gets.
    var nextID: Int { (all.last?.id ?? 0) + 1 }

    /// - Throws: ``APIError/notFound`` when no run has `id`.
    func run(id: Int) throws -> StoredRun {
        all[try index(of: id)]
    }

    /// The run whose id is the text `id`.
    ///
    /// - Throws: ``APIError/notFound`` when `id` is not a number or no run has it.
    func run(id: String) throws -> StoredRun {
        guard let number = Int(id) else { throw APIError.notFound }
        return try run(id: number)
    }

    mutating func add(_ run: StoredRun) {
        all.append(run)
    }

    /// Changes run `id` with `change`.
    ///
    /// - Throws: ``APIError/notFound`` when no run has `id`.
    mutating func update(id: Int, _ change: (inout StoredRun) throws -> Void) throws -> StoredRun {
        let index = try index(of: id)
        try change(&all[index])
        return all[index]
    }

    private func index(of id: Int) throws -> Int {
        guard let index = all.firstIndex(where: { $0.id == id }) else { throw APIError.notFound }
        return index
    }
}
