import Crypto

#if canImport(Glibc)
    import Glibc
#endif

/// SHA-256 as the lower-case hex that `sha256sum` prints: of bytes in memory (the build's
/// files as they are written) and of a file read in pieces (`verify`, `changes`), so a large
/// file is never held whole.
enum SHA256Hex {
    static let pieceSize = 128 * 1024

    static func of(_ bytes: [UInt8]) -> String {
        hex(SHA256.hash(data: bytes))
    }

    /// Why a file could not be read: its `errno`.
    struct ReadError: Error {
        var code: Int32
    }

    /// The digest of a regular file, or the `errno` that stopped reading it. The last part of
    /// the path is not followed when it is a symbolic link (O_NOFOLLOW): a link is never
    /// taken for the file it points to.
    static func ofFile(at path: String) -> Result<String, ReadError> {
        let fd = open(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW)
        guard fd >= 0 else { return .failure(ReadError(code: errno)) }
        defer { close(fd) }
        var hasher = SHA256()
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: pieceSize, alignment: 16)
        defer { buffer.deallocate() }
        while true {
            let count = read(fd, buffer.baseAddress, pieceSize)
            if count < 0 {
                if errno == EINTR { continue }
                return .failure(ReadError(code: errno))
            }
            if count == 0 { return .success(hex(hasher.finalize())) }
            hasher.update(bufferPointer: UnsafeRawBufferPointer(rebasing: buffer[0..<count]))
        }
    }

    private static let digits = Array("0123456789abcdef".utf8)

    static func hex(_ digest: SHA256.Digest) -> String {
        var out = [UInt8]()
        out.reserveCapacity(64)
        for byte in digest {
            out.append(digits[Int(byte >> 4)])
            out.append(digits[Int(byte & 0x0f)])
        }
        return String(decoding: out, as: UTF8.self)
    }
}
