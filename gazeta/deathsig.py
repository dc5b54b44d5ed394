"""Run a command that dies with its parent: `python -m gazeta.deathsig PROGRAM ARGS...`.

`gazeta up` starts the web server through this shim. Linux's PR_SET_PDEATHSIG makes the kernel
send SIGTERM to the server when `up` dies, however it dies (SIGKILL included), and it survives
exec; granian then stops its workers. Without it a killed `up` left its workers serving, and a
new `up` bound the same port beside them (issue 11).
"""

import ctypes
import os
import signal
import sys

PR_SET_PDEATHSIG = 1


def main() -> None:
    parent = os.getppid()
    try:
        ctypes.CDLL("libc.so.6", use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGTERM, 0, 0, 0)
    except OSError:  # not Linux: the process group `up` kills on its way out still covers a clean exit
        pass
    if os.getppid() != parent:  # the parent died before the request took effect
        sys.exit(1)
    os.execv(sys.argv[1], sys.argv[1:])


if __name__ == "__main__":
    main()
