package org.lingong.core.complaints;

/** Where the complaint came in, which follows from who filed it. */
enum Channel {
    WORKER_PAGE, EMPLOYER_WORKSPACE, HOTLINE
}
