package org.lingong.admin.api;

import java.util.List;

/** One page of a list the API answers in pages: its items and how many there are in all. */
public interface ApiPage<T> {

    List<T> items();

    long total();
}
