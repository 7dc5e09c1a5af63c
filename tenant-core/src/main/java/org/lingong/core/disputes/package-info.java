/**
 * Gig labour disputes, settled fast (劳动争议快速调处, SPEC F10): a case opened by staff about an order — on their
 * own, from a complaint or from a wage-arrears report — with the order, its contract and chain proof, payments and
 * arrears attached as evidence; mediation by one of the city's mediators within the city's period, with sessions and
 * an agreement (a PDF the parties sign) or its failure; then arbitration, with the case file as a PDF, tracked to its
 * result; and the city's KPIs against its targets. Owns {@code dispute}, {@code dispute_session}, {@code mediator}
 * and {@code dispute_setting}; exposes only its REST API.
 */
package org.lingong.core.disputes;
