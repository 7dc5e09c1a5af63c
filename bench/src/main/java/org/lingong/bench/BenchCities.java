package org.lingong.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The search benchmark's tenants: 50 real city centres ({@code search/city-centres.csv}) with job counts that add up
 * to the data set's size, the first (largest) holding a fifth of them (200,000 of 1,000,000) and the others
 * falling off like a city-size distribution.
 */
final class BenchCities {

    record City(int index, String tenant, String name, double latitude, double longitude, int jobs) {
    }

    private BenchCities() {
    }

    static List<City> load(int totalJobs) {
        List<String[]> rows = rows();
        int largest = totalJobs / 5;
        double[] weights = new double[rows.size() - 1];
        double sum = 0;
        for (int i = 0; i < weights.length; i++) {
            weights[i] = 1 / Math.pow(i + 1, 0.7);
            sum += weights[i];
        }
        List<City> cities = new ArrayList<>();
        int assigned = largest;
        cities.add(city(0, rows.get(0), largest));
        for (int i = 1; i < rows.size(); i++) {
            int jobs = i == rows.size() - 1
                    ? totalJobs - assigned
                    : (int) Math.round((totalJobs - largest) * weights[i - 1] / sum);
            assigned += jobs;
            cities.add(city(i, rows.get(i), jobs));
        }
        return cities;
    }

    private static City city(int index, String[] row, int jobs) {
        return new City(index, row[0], row[1], Double.parseDouble(row[2]), Double.parseDouble(row[3]), jobs);
    }

    private static List<String[]> rows() {
        try (InputStream in = BenchCities.class.getResourceAsStream("/search/city-centres.csv");
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines().filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(line -> line.split(",")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
