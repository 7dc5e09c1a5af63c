/** Browser libraries the app serves from webjars, loaded into a page on first use. */
package org.lingong.admin.webjars;
