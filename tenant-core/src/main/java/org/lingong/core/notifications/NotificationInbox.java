package org.lingong.core.notifications;

import java.util.List;

/** A page of a worker's inbox: newest first, with the number still unread. */
record NotificationInbox(long unread, int page, int size, List<NotificationDetails> items) {
}
