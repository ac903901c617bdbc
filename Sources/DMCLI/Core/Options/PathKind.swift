import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// What a path names, following symbolic links.
enum PathKind: Equatable {
    case missing
    case regularFile
    case directory
    /// A device such as `/dev/null`, a FIFO or a socket.
    case other

    /// The kind of `path`; `missing` when it cannot be examined.
    init(of path: String) {
        var info = stat()
        guard stat(path, &info) == 0 else {
            self = .missing
            return
        }
        switch info.st_mode & S_IFMT {
        case S_IFREG: self = .regularFile
        case S_IFDIR: self = .directory
        default: self = .other
        }
    }
}
