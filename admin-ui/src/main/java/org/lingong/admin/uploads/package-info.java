/**
 * Files and bodies people send to the consoles, bounded: each upload refuses a file over its limit in the browser and
 * again on the server before reading past it, and no request body at all may exceed the largest upload.
 */
package org.lingong.admin.uploads;
