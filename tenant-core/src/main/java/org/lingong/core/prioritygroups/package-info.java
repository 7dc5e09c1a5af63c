/**
 * Priority groups certified (SPEC F11; 安徽 三(五)): a worker declares groups on the profile (就业困难人员, veterans,
 * people with disabilities, …), and only what station staff certify against a document counts — who, when, which
 * document, until when, revocable with a reason. Owns the city's {@code priority_group_certificate} table. Other
 * features ask {@link org.lingong.core.prioritygroups.PriorityGroupCertificates#holdsAny} (the grab of a job reserved
 * for priority groups); staff and the worker use its REST API.
 */
package org.lingong.core.prioritygroups;
