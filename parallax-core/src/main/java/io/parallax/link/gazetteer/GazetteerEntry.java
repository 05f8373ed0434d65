package io.parallax.link.gazetteer;

import io.parallax.model.Place;

import java.util.List;
import java.util.Objects;

/**
 * One place of the gazetteer: a country, a first-level region, a city, or a continent.
 *
 * @param id          stable id: {@code geonames:<id>} or, for continents, {@code cldr:<UN M.49 code>}
 * @param kind        what sort of place
 * @param countryCode ISO 3166-1 alpha-2, or {@code null} for continents
 * @param latitude    WGS84 degrees of the place's representative point (see {@link Kind})
 * @param longitude   WGS84 degrees
 * @param population  GeoNames population (for regions, the sum of their listed cities), 0 when unknown
 * @param capital     true for a country's seat of government
 * @param name        English name
 * @param keys        {@link io.parallax.link.NameKeys} keys of every known name, in any language and script
 * @param codes       upper-case codes that name it when written in capitals (ISO alpha-2 and alpha-3)
 */
public record GazetteerEntry(String id, Kind kind, String countryCode, double latitude, double longitude,
                             long population, boolean capital, String name, List<String> keys, List<String> codes) {

    /** What sort of place, and so how precise its point is. */
    public enum Kind {
        /** Point: the capital. */
        COUNTRY,
        /** Point: the region's administrative seat, else its largest city. */
        REGION,
        /** Point: the city centre as GeoNames gives it. */
        CITY,
        /** Point: the mean of its countries' capitals; only a label position. */
        CONTINENT
    }

    public GazetteerEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        keys = List.copyOf(keys);
        codes = List.copyOf(codes);
    }

    /** The map position with an honest precision, or {@code null} when the data has no point for it. */
    public Place place() {
        if (Double.isNaN(latitude) || Double.isNaN(longitude)) {
            return null;
        }
        Place.Precision precision = switch (kind) {
            case COUNTRY -> Place.Precision.COUNTRY;
            case REGION, CONTINENT -> Place.Precision.REGION;
            case CITY -> Place.Precision.CITY;
        };
        long geonames = id.startsWith("geonames:") ? Long.parseLong(id.substring("geonames:".length())) : 0L;
        return new Place(latitude, longitude, precision, countryCode, geonames);
    }
}
