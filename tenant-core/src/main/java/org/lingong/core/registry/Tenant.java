package org.lingong.core.registry;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;
import org.lingong.common.tenant.TenantCode;

/** A city or district bureau running its own market system; lives in the shared {@code platform} schema. */
@Entity
@Table(name = "tenant", schema = "platform")
class Tenant {

    @Id
    private String code;
    private String nameZh;
    private String nameEn;
    private String provinceCode;
    private String divisionCode;
    @Embedded
    private Center center;
    @Enumerated(EnumType.STRING)
    private TenantStatus status;
    @Embedded
    private Branding branding;
    @Embedded
    private Targets targets;
    private int rateLimitPerSecond;
    private boolean sharesJobsWithNeighbours;
    @Embedded
    private TravelSpeeds travelSpeeds = new TravelSpeeds(75, 200, 300, 250);
    @ElementCollection
    @CollectionTable(name = "tenant_domain", schema = "platform", joinColumns = @JoinColumn(name = "tenant_code"))
    @Column(name = "domain")
    private Set<String> domains = new LinkedHashSet<>();
    private Instant createdAt;
    private Instant updatedAt;
    @Version
    private long version;

    protected Tenant() {
    }

    public Tenant(TenantCode code, String nameZh, String nameEn, String provinceCode, String divisionCode,
           Center center, Set<String> domains, Branding branding, Targets targets, int rateLimitPerSecond) {
        this.code = code.value();
        this.nameZh = nameZh;
        this.nameEn = nameEn;
        this.provinceCode = provinceCode;
        this.divisionCode = divisionCode;
        this.center = center;
        this.domains.addAll(domains);
        this.branding = branding;
        this.targets = targets;
        this.rateLimitPerSecond = rateLimitPerSecond;
        this.status = TenantStatus.ONBOARDING;
        this.createdAt = Instant.now();
        this.updatedAt = createdAt;
    }

    public TenantCode code() {
        return new TenantCode(code);
    }

    public String nameZh() {
        return nameZh;
    }

    public String nameEn() {
        return nameEn;
    }

    public String provinceCode() {
        return provinceCode;
    }

    public String divisionCode() {
        return divisionCode;
    }

    public Center center() {
        return center;
    }

    public TenantStatus status() {
        return status;
    }

    public Branding branding() {
        return branding;
    }

    public Targets targets() {
        return targets;
    }

    public int rateLimitPerSecond() {
        return rateLimitPerSecond;
    }

    public boolean sharesJobsWithNeighbours() {
        return sharesJobsWithNeighbours;
    }

    public TravelSpeeds travelSpeeds() {
        return travelSpeeds;
    }

    public void changeSearchSettings(boolean sharesJobs, TravelSpeeds speeds) {
        this.sharesJobsWithNeighbours = sharesJobs;
        this.travelSpeeds = speeds;
        touch();
    }

    public Set<String> domains() {
        return Set.copyOf(domains);
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public void changeStatus(TenantStatus newStatus) {
        this.status = newStatus;
        touch();
    }

    public void rebrand(Branding newBranding) {
        this.branding = newBranding.withDefaults(nameZh);
        touch();
    }

    /** Points the branding's logo address at an uploaded logo, or clears it. */
    public void showLogo(String url) {
        this.branding = (branding == null ? Branding.NONE : branding).withLogoUrl(url).withDefaults(nameZh);
        touch();
    }

    public void applyDefaultBranding() {
        rebrand(branding == null ? Branding.NONE : branding);
    }

    private void touch() {
        this.updatedAt = Instant.now();
    }
}
