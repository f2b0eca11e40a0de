# Runs a command on a pseudo-terminal and prints its exit code, then each chunk of its output with the
# seconds since start at which it arrived ("0.512 <hex bytes>" a line): what a person at a terminal would see, and when.
import os, pty, sys, time

start = time.monotonic()
pid, fd = pty.fork()
if pid == 0:
    # stderr off the terminal: libraries' warnings on the test classpath are not the program's output
    os.dup2(os.open(os.devnull, os.O_WRONLY), 2)
    os.execvp(sys.argv[1], sys.argv[1:])
chunks = []
while True:
    try:
        data = os.read(fd, 4096)
    except OSError:
        break
    if not data:
        break
    chunks.append("%.3f %s" % (time.monotonic() - start, data.hex()))
_, status = os.waitpid(pid, 0)
print(os.waitstatus_to_exitcode(status))
for c in chunks:
    print(c)
