/** How large a request body may be: refused before it is read when declared too large, cut off when it grows too large. */
package org.lingong.gateway.bodylimit;
