import Glibc
import SluiceSystem

/// The descriptors `Subprocess.run` connects a child to: a pipe each for its standard output and
/// error and, when it gets input, a socket pair for its standard input. All are close-on-exec.
struct SubprocessPipes {
    /// The child's standard output: the parent reads, the child writes.
    let output: (read: Int32, write: Int32)
    /// The child's standard error.
    let error: (read: Int32, write: Int32)
    /// The parent's and the child's end of its standard input; both -1 without input.
    let input: (parent: Int32, child: Int32)

    /// Opens them all, or throws having closed again what it opened.
    init(for program: String, withInput: Bool) throws {
        let pipeLabel = "pipe for \(program)"
        let outPipe = try LabError.converting { () throws(SystemError) in try Descriptors.closeOnExecPipe(pipeLabel) }
        let errPipe: (read: Int32, write: Int32)
        do {
            errPipe = try LabError.converting { () throws(SystemError) in try Descriptors.closeOnExecPipe(pipeLabel) }
        } catch {
            close(outPipe.read); close(outPipe.write)
            throw error
        }
        var inputPair: [Int32] = [-1, -1]
        if withInput {
            // A socket rather than a pipe: `send(MSG_NOSIGNAL)` cannot raise SIGPIPE in this process
            // when the child exits without reading its input.
            let made = SystemCall.attempt("socketpair for \(program)") {
                socketpair(AF_UNIX, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0, &inputPair)
            }
            if case .failure(let error) = made {
                [outPipe.read, outPipe.write, errPipe.read, errPipe.write].forEach { close($0) }
                throw error
            }
        }
        output = outPipe
        error = errPipe
        input = (inputPair[0], inputPair[1])
    }

    /// Closes every descriptor that is open: when the child could not be started.
    func closeAll() {
        [output.read, output.write, error.read, error.write, input.parent, input.child]
            .filter { $0 >= 0 }.forEach { close($0) }
    }

    /// Closes the child's ends once it has its copies, so that its exit ends the parent's reads.
    func closeChildEnds() {
        [output.write, error.write, input.child].filter { $0 >= 0 }.forEach { close($0) }
    }
}
