package org.lingong.modulecheck.reach.second;

public class Second {
}
