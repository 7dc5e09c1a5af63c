package org.lingong.core.orders;

/** How the worker came to the job: grabbed it in the app, or was dispatched by station staff at a market. */
public enum OrderKind {
    GRAB, DISPATCH
}
