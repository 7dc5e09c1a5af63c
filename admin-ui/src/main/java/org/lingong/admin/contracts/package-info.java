/** 合同模板: the city's standard gig service agreement, edited as new versions. */
package org.lingong.admin.contracts;
