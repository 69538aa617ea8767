# The help of the command line (--help) and of the man pages.
