package org.lingong.modulecheck.reach.second.internal;

public class Hidden {
}
