package org.lingong.core.registry;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * How a tenant presents itself to workers and employers, e.g. 零工归宿 in Suqian or 港城快工 in Lianyungang: names,
 * logo, colours, hotline, and the map tiles of its public pages (empty: the platform's default tiles).
 */
@Embeddable
public record Branding(
        @Column(name = "brand_name") @Size(min = 2, max = 30) String brandName,
        @Column(name = "logo_url") @Size(max = 500) @Pattern(regexp = "https?://\\S+", message = "{branding.logoUrl}") String logoUrl,
        @Column(name = "primary_color") @Pattern(regexp = "#[0-9a-fA-F]{6}", message = "{branding.color}") String primaryColor,
        @Column(name = "accent_color") @Pattern(regexp = "#[0-9a-fA-F]{6}", message = "{branding.color}") String accentColor,
        @Column(name = "hotline") @Pattern(regexp = "[0-9-]{5,20}", message = "{branding.hotline}") String hotline,
        @Embedded @Valid MapTiles mapTiles) {

    static final String DEFAULT_PRIMARY = "#C8102E";
    static final String DEFAULT_ACCENT = "#F2A900";

    static final Branding NONE = new Branding(null, null, null, null, null, null);

    /** Fills what the bureau left open: its market name as the brand and the platform's red and gold. */
    Branding withDefaults(String tenantName) {
        return new Branding(
                brandName != null ? brandName : tenantName + "零工市场",
                logoUrl,
                primaryColor != null ? primaryColor : DEFAULT_PRIMARY,
                accentColor != null ? accentColor : DEFAULT_ACCENT,
                hotline,
                mapTiles);
    }

    Branding withLogoUrl(String url) {
        return new Branding(brandName, url, primaryColor, accentColor, hotline, mapTiles);
    }
}
