import DataMasque
import Foundation
import Testing

@Suite("Discovery: result and Safe Data Preview models")
struct DiscoveryModelTests {
    static func decode<Value: Decodable>(_ type: Value.Type, _ json: String) throws -> Value {
        try JSONDecoder().decode(type, from: Data(json.utf8))
    }

    static func reencoded(_ value: some Encodable) throws -> JSONValue {
        try JSONDecoder().decode(JSONValue.self, from: JSONEncoder().encode(value))
    }

    /// models.md S9.
    static let schemaPage = #"""
        {"count": 1, "next": null, "previous": null,
         "results": [
           {"id": 1, "column": "email", "table": "users", "schema_name": "public",
            "data": {"data_type": "text", "foreign_keys": [], "discovery_matches": [],
                     "constraint_columns": [], "unique_index_names": [],
                     "referencing_foreign_keys": [], "constraint": ""}}],
         "table_metadata": {
           "public": {"users": {"primary_keys": [{"columns": ["id"]}],
                                "unique_keys": [{"columns": ["email"]}],
                                "foreign_keys": [], "row_count": 12345}}}}
        """#

    @Test("a schema discovery page (S9) decodes, schema read from schema_name, with table metadata")
    func schemaPage() throws {
        let page = try Self.decode(SchemaDiscoveryPage.self, Self.schemaPage)
        #expect(page.count == 1 && page.next == nil)
        let result = try #require(page.results.first)
        #expect(result.id == 1 && result.column == "email" && result.table == "users" && result.schema == "public")
        #expect(result.data.dataType == "text" && result.data.constraint == "" && result.data.safeDataPreview == nil)
        let users = try #require(page.tableMetadata?["public"]?["users"])
        #expect(users.primaryKeys == [.init(columns: ["id"])] && users.uniqueKeys == [.init(columns: ["email"])])
        #expect(users.foreignKeys == [] && users.rowCount == 12345)
    }

    @Test("missing or null lists in a column read as empty, and a fractional hit ratio rounds")
    func lenientColumn() throws {
        let column = try Self.decode(
            SchemaDiscoveryColumn.self,
            #"{"discovery_matches": [{"label": "email", "categories": null, "flagged_by": "IDD", "description": "Email", "hit_ratio": 87.6}], "max_length": 255, "max_length_unit": "bytes", "foreign_keys": null}"#)
        #expect(column.foreignKeys.isEmpty && column.constraintColumns.isEmpty && column.constraint == "")
        #expect(column.discoveryMatches == [DiscoveryMatch(label: "email", flaggedBy: "IDD", description: "Email", hitRatio: 88)])
        #expect(column.maxLength == 255 && column.maxLengthUnit == .bytes)
        let unit = try Self.decode(SchemaDiscoveryColumn.self, #"{"max_length_unit": "graphemes"}"#).maxLengthUnit
        #expect(unit == .unknown("graphemes"))
    }

    /// models.md S10.
    static let fileResults = #"""
        [{"id": 8, "connection": {"id": "conn-1", "name": "my files"}, "file_type": "json",
          "files": [{"path": "data/staff.json", "file_type": "json",
                     "value_counts": {"[\"employees\",\"*\",\"email\"]": 12},
                     "value_count_status": "counted"}],
          "results": [{"locator": ["employees", "*", "email"], "data_types": ["string"],
                       "matches": [{"flagged_by": "IDD", "description": "Email", "label": "email"}],
                       "value_count": 30}]}]
        """#

    @Test("file discovery results (S10) decode, and a path locator finds its value count")
    func fileResults() throws {
        let group = try #require(try Self.decode([FileDiscoveryResult].self, Self.fileResults).first)
        #expect(group.id == 8 && group.connection == RunConnection(id: "conn-1", name: "my files") && group.fileType == "json")
        let locator = FileLocator.path([.key("employees"), .key("*"), .key("email")])
        let result = try #require(group.results.first)
        #expect(result.locator == locator && result.dataTypes == ["string"] && result.valueCount == 30)
        #expect(result.matches == [FileDiscoveryMatch(flaggedBy: "IDD", description: "Email", label: "email")])
        let file = try #require(group.files.first)
        #expect(file.valueCountStatus == .counted)
        #expect(file.valueCount(for: locator) == 12)
        #expect(FileLocator.path([.key("personnel"), .index(0), .key("prénom")]).key == #"["personnel",0,"prénom"]"#)
    }

    @Test("the CSV variant of S10: a column locator, an unlabelled match, and an empty value-count status")
    func csvFileResult() throws {
        let json = #"""
            [{"id": 9, "connection": {"name": "csv files"}, "file_type": "csv",
              "files": [{"path": "data/people.csv", "file_type": "csv", "delimiter": ",", "encoding": "utf-8",
                         "value_count_status": ""}],
              "results": [{"locator": "email", "data_types": [],
                           "matches": [{"flagged_by": "MDD", "description": "Email", "label": "email", "categories": ["PII"]},
                                       {"flagged_by": "MDD", "description": "Not sensitive"}]}]}]
            """#
        let group = try #require(try Self.decode([FileDiscoveryResult].self, json).first)
        let file = try #require(group.files.first)
        #expect(file.valueCountStatus == nil && file.valueCounts.isEmpty && file.delimiter == ",")
        #expect(group.results.first?.locator == .column("email"))
        #expect(group.results.first?.matches.map(\.label) == ["email", nil])
        #expect(file.valueCount(for: .column("email")) == nil)
    }

    /// models.md S14, one preview of each known kind.
    static let previews = #"""
        [{"kind": "string", "sampled_from": null,
          "statistics_common": {"count_row": 1000, "count_null": 12, "count_distinct": 988},
          "statistics_kind": {
            "lengths": {"min": 9, "max": 34, "mean": 21.4, "median": 21.0,
                        "most_common": [{"length": 20, "count": 140}, {"length": 22, "count": 118}]},
            "patterns": {"top": [{"pattern": "aaaa@aaaa.aaa", "count": 512},
                                 {"pattern": "aaaa.aaaa@aaaa.aaa", "count": 300}],
                         "composition": {"letter": 0.78, "digit": 0.05, "other": 0.17}},
            "first_chars": {"top": [{"masked": "j*******", "count": 40},
                                    {"masked": "s*******", "count": 33}]}}},
         {"kind": "numeric", "sampled_from": "data/people.csv",
          "statistics_common": {"count_row": 1000, "count_null": 0, "count_distinct": 71},
          "statistics_kind": {
            "summaries": {"mean": 41.3, "q1": 29.0, "q2": 41.0, "q3": 54.0, "p5": 19.0, "p95": 68.0},
            "histograms": {"bins": [{"lower_bound": 18.0, "upper_bound": 28.0, "count": 210}]}}},
         {"kind": "temporal", "sampled_from": null,
          "statistics_common": {"count_row": 500, "count_null": 3, "count_distinct": 480},
          "statistics_kind": {
            "summaries": {"mean": "1987-04-12", "q1": "1975-01-01", "q2": "1988-06-30",
                          "q3": "2001-03-15", "p5": "1960-01-01", "p95": "2010-12-31"},
            "histograms": {"bins": [{"lower_bound": "1970-01-01", "upper_bound": "1980-01-01",
                                     "label": "1970s", "count": 88}]}}},
         {"kind": "boolean", "sampled_from": null,
          "statistics_common": {"count_row": 1000, "count_null": 0, "count_distinct": 2},
          "statistics_kind": {"count_true": 640, "count_false": 360}},
         {"kind": "unsupported", "sampled_from": null,
          "statistics_common": {"count_row": 0, "count_null": 0, "count_distinct": null},
          "statistics_kind": {"reason": "Binary data isn't previewed"}}]
        """#

    @Test("Safe Data Preview (S14) decodes each kind into its own statistics")
    func previews() throws {
        let previews = try Self.decode([SafeDataPreview].self, Self.previews)
        #expect(previews.map(\.kind) == [.string, .numeric, .temporal, .boolean, .unsupported])
        guard case .string(let text) = previews[0], case .numeric(let number) = previews[1],
            case .temporal(let time) = previews[2], case .boolean(let flag) = previews[3],
            case .unsupported(let other) = previews[4]
        else {
            Issue.record("a preview decoded into the wrong kind")
            return
        }
        #expect(text.common == CommonStatistics(rowCount: 1000, nullCount: 12, distinctCount: 988))
        #expect(text.statistics.lengths.mostCommon.first == .init(length: 20, count: 140))
        #expect(text.statistics.patterns?.composition.letter == 0.78)
        #expect(text.statistics.firstChars?.top.map(\.masked) == ["j*******", "s*******"])
        #expect(number.sampledFrom == "data/people.csv" && previews[1].sampledFrom == "data/people.csv")
        #expect(number.statistics.summaries.q3 == 54 && number.statistics.histograms?.bins.first?.count == 210)
        #expect(time.statistics.summaries.mean == "1987-04-12" && time.statistics.histograms?.bins.first?.label == "1970s")
        #expect(flag.statistics == BooleanStatistics(trueCount: 640, falseCount: 360))
        #expect(other.statistics.reason == "Binary data isn't previewed" && other.common.distinctCount == nil)
    }

    @Test("a preview re-encodes with its kind, absent optional statistics as null")
    func previewEncoding() throws {
        let preview = try Self.decode(
            SafeDataPreview.self,
            #"{"kind": "numeric", "statistics_common": {"count_row": 3, "count_null": 0}, "statistics_kind": {"summaries": {"mean": 1, "q1": 1, "q2": 1, "q3": 1, "p5": 1, "p95": 1}}}"#)
        let json = try Self.reencoded(preview)
        #expect(json["kind"] == .string("numeric"))
        #expect(json["sampled_from"] == .null)
        #expect(json["statistics_common"]?["count_distinct"] == .null)
        #expect(json["statistics_kind"]?["histograms"] == .null)
        #expect(try Self.decode(SafeDataPreview.self, String(decoding: JSONEncoder().encode(preview), as: UTF8.self)) == preview)
    }

    @Test("an unknown kind is kept with its payload instead of failing the page")
    func unknownKind() throws {
        let json = #"""
            {"count": 1, "results": [{"id": 2, "column": "area", "table": "parcels", "schema": "gis",
              "data": {"safe_data_preview": {"kind": "geospatial", "sampled_from": null,
                "statistics_common": {"count_row": 10, "count_null": 1},
                "statistics_kind": {"bounding_box": [1, 2, 3, 4]}}}}]}
            """#
        let preview = try #require(try Self.decode(SchemaDiscoveryPage.self, json).results.first?.data.safeDataPreview)
        #expect(preview.kind == .unknown("geospatial"))
        #expect(preview.common == CommonStatistics(rowCount: 10, nullCount: 1))
        guard case .unknown(let kind, let raw) = preview else {
            Issue.record("expected an unknown preview")
            return
        }
        #expect(kind == "geospatial" && raw["statistics_kind"]?["bounding_box"] == .array([1, 2, 3, 4]))
        #expect(try Self.reencoded(preview) == raw)
    }

    @Test("a known kind whose statistics do not fit it is a decoding error")
    func mismatchedStatistics() {
        #expect(throws: DecodingError.self) {
            try Self.decode(
                SafeDataPreview.self,
                #"{"kind": "boolean", "statistics_common": {"count_row": 1, "count_null": 0}, "statistics_kind": {"reason": "x"}}"#)
        }
    }
}
