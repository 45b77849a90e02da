import Glibc
import SluiceSystem
import Testing

/// The epoll wait the monitors block in: a timeout is an empty answer, each ready descriptor is
/// reported by its index, input stays reported until it is read (level-triggered), and a wait
/// without a limit returns when input arrives from another thread.
@Suite struct InputWaiterTests {
    @Test func reportsReadyDescriptorsByIndex() throws {
        let first = try Descriptors.closeOnExecPipe("pipe"), second = try Descriptors.closeOnExecPipe("pipe")
        defer { for fd in [first.read, first.write, second.read, second.write] { close(fd) } }
        let waiter = try InputWaiter([first.read, second.read], "waiter")

        let started = ContinuousClock.now
        #expect(try waiter.wait(timeout: 50, "wait") == 0)
        #expect(ContinuousClock.now - started >= .milliseconds(45), "a timeout returned early")

        var byte: UInt8 = 1
        #expect(write(second.write, &byte, 1) == 1)
        #expect(try waiter.wait(timeout: 1000, "wait") == 0b10)
        #expect(try waiter.wait(timeout: 0, "wait") == 0b10, "unread input is reported again")
        #expect(write(first.write, &byte, 1) == 1)
        #expect(try waiter.wait(timeout: 0, "wait") == 0b11)
        #expect(read(second.read, &byte, 1) == 1 && read(first.read, &byte, 1) == 1)
        #expect(try waiter.wait(timeout: 0, "wait") == 0)
    }

    @Test func anUnlimitedWaitEndsWhenInputArrives() throws {
        let pipe = try Descriptors.closeOnExecPipe("pipe")
        defer { close(pipe.read); close(pipe.write) }
        let waiter = try InputWaiter([pipe.read], "waiter")
        let writer = try JoinableThread.start("writer") {
            usleep(100_000)
            var byte: UInt8 = 1
            _ = write(pipe.write, &byte, 1)
        }
        #expect(try waiter.wait(timeout: -1, "wait") == 1)
        writer.join()
    }

    @Test func aClosedDescriptorIsRefused() throws {
        #expect(throws: SystemError.self) { try InputWaiter([-1], "waiter") }
    }
}
