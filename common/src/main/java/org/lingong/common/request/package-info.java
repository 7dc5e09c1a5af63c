/** The request id rule, shared by the gateway and the services so one id follows a request through all of them. */
@NullMarked
package org.lingong.common.request;

import org.jspecify.annotations.NullMarked;
