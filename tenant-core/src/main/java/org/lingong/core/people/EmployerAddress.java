package org.lingong.core.people;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One of an employer's saved places (总店, 仓库) it posts jobs at, instead of picking the place each time. */
@Entity
@Table(name = "employer_address")
class EmployerAddress {

    @Id
    private UUID id;
    private UUID employerId;
    private String label;
    private String address;
    private double latitude;
    private double longitude;
    private Instant createdAt;

    protected EmployerAddress() {
    }

    EmployerAddress(UUID employerId, MyEmployerAddressesController.Place place, Instant now) {
        this.id = UUID.randomUUID();
        this.employerId = employerId;
        this.createdAt = now;
        change(place);
    }

    void change(MyEmployerAddressesController.Place place) {
        this.label = place.label().strip();
        this.address = place.address().strip();
        this.latitude = place.latitude();
        this.longitude = place.longitude();
    }

    MyEmployerAddressesController.SavedPlace details() {
        return new MyEmployerAddressesController.SavedPlace(id, label, address, latitude, longitude);
    }
}
