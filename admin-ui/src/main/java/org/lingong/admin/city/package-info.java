/** The city console's dashboard: the bureau's key figures against its targets. */
package org.lingong.admin.city;
