/** RFC 9457 problem JSON for everything the gateway refuses or fails to route. */
package org.lingong.gateway.problem;
