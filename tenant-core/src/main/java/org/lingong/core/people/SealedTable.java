package org.lingong.core.people;

import java.util.List;

/**
 * Where people keep sealed values: each table with the associated-data name of each sealed column. The name
 * {@code worker.id_number} is stored in {@code worker.id_number_sealed}.
 */
enum SealedTable {

    WORKER("worker", List.of(Worker.REAL_NAME, Worker.ID_NUMBER, Worker.PHONE)),
    EMPLOYER("employer", List.of(Employer.LEGAL_REPRESENTATIVE, Employer.CONTACT_NAME, Employer.CONTACT_PHONE));

    final String table;
    final List<String> sealed;

    SealedTable(String table, List<String> sealed) {
        this.table = table;
        this.sealed = sealed;
    }

    /** The database column holding a sealed value. */
    String column(String name) {
        return name.substring(table.length() + 1) + "_sealed";
    }
}
