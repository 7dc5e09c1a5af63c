/** Request ids, the access log, and the one place errors become responses. */
package org.lingong.gateway.request;
