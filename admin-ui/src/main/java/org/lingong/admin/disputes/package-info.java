/** 争议调处: the city's dispute desk, from a case's mediation to its arbitration, with the period's figures. */
package org.lingong.admin.disputes;
