/** 欠薪处置: wage-arrears reports of the city, listed by status and resolved by staff with a note. */
package org.lingong.admin.arrears;
