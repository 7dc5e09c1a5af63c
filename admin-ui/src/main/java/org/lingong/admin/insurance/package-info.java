/** 保险设置: the city's rule whether workers must be insured before checking in at a job. */
package org.lingong.admin.insurance;
