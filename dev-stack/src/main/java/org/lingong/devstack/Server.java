package org.lingong.devstack;

import java.io.IOException;

/** One of the real servers dev-stack runs: installed on demand, started detached, checked for readiness. */
interface Server {

    String name();

    /** Answers real requests right now (not merely: the process exists). */
    boolean isReady();

    /** Installs if needed, starts, waits until ready, and returns the PID of the server process itself. */
    long start() throws IOException;

    /** Where to connect, for people and for the services' configuration. */
    String url();
}
