package org.lingong.devstack;

import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Databases of their own on a PostgreSQL server, owned by the service role — for a test run or a benchmark that must
 * not share the {@code lingong} database that {@code ./lingong run} serves. Made through a superuser connection.
 */
public final class ScratchDatabases {

    /** Opens a connection as a superuser (to the server's {@code postgres} database). */
    public interface Superuser {
        Connection connect() throws SQLException;
    }

    private final Superuser superuser;
    private final String urlPrefix;
    private final String owner;

    /** @param urlPrefix the JDBC URL up to the database name, e.g. {@code jdbc:postgresql://127.0.0.1:15432/} */
    public ScratchDatabases(Superuser superuser, String urlPrefix, String owner) {
        this.superuser = superuser;
        this.urlPrefix = urlPrefix;
        this.owner = owner;
    }

    /** Creates the database afresh (dropping one of that name) and returns its JDBC URL. */
    public String create(String name) throws IOException {
        if (!name.matches("[a-z][a-z0-9_]{1,40}")) {
            throw new IllegalArgumentException("database name " + name);
        }
        try (Connection connection = superuser.connect(); Statement statement = connection.createStatement()) {
            statement.execute("drop database if exists " + name + " with (force)");
            statement.execute("create database " + name + " owner " + owner + " encoding 'UTF8'");
        } catch (SQLException e) {
            throw new IOException("could not create database " + name, e);
        }
        return urlPrefix + name;
    }

    /** Drops the database, closing its connections; nothing happens when it does not exist. */
    public void drop(String name) throws IOException {
        if (!name.matches("[a-z][a-z0-9_]{1,40}")) {
            throw new IllegalArgumentException("database name " + name);
        }
        try (Connection connection = superuser.connect(); Statement statement = connection.createStatement()) {
            statement.execute("drop database if exists " + name + " with (force)");
        } catch (SQLException e) {
            throw new IOException("could not drop database " + name, e);
        }
    }

    /** The databases whose names start with {@code prefix} (letters, digits and underscores only). */
    public List<String> named(String prefix) throws IOException {
        if (!prefix.matches("[a-z0-9_]+")) {
            throw new IllegalArgumentException("database prefix " + prefix);
        }
        List<String> names = new ArrayList<>();
        try (Connection connection = superuser.connect(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select datname from pg_database where starts_with(datname, '"
                     + prefix + "')")) {
            while (rows.next()) {
                names.add(rows.getString(1));
            }
        } catch (SQLException e) {
            throw new IOException("could not list databases", e);
        }
        return names;
    }
}
