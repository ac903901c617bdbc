/// The identifier of a masking or discovery run.
///
/// The server sends it as a number, and sometimes as a numeric string; the client accepts both.
public typealias RunID = Int
