/** The start page of the console: who is signed in, with which roles, for which jurisdiction. */
package org.lingong.admin.dashboard;
