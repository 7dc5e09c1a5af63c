/** The province console: its cities' key figures side by side, as a sortable table, a chart and an Excel file. */
package org.lingong.admin.province;
