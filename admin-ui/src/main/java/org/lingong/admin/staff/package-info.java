/** 工作人员账号: the city administrator opens, lists, disables and enables the city's station-staff logins. */
package org.lingong.admin.staff;
