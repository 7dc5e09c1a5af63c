/**
 * The province's blacklist of illegal agencies (黑中介名单): the city's page (read the list, propose an entry, check an
 * agency) and the province's desk (review the cities' proposals, list and remove entries).
 */
package org.lingong.admin.blacklist;
