package io.parallax.model;

/**
 * Where a location entity is on the map, with an honest precision.
 *
 * @param latitude    WGS84 degrees
 * @param longitude   WGS84 degrees
 * @param precision   how exact the point is: a country's point is only its centre
 * @param countryCode ISO 3166-1 alpha-2, or {@code null}
 * @param geonamesId  GeoNames id, or 0 when the place does not come from GeoNames
 */
public record Place(double latitude, double longitude, Precision precision, String countryCode, long geonamesId) {

    public enum Precision { COUNTRY, REGION, CITY, POINT }

    public Place {
        if (latitude < -90 || latitude > 90 || longitude < -180 || longitude > 180) {
            throw new IllegalArgumentException("bad coordinates " + latitude + ", " + longitude);
        }
    }
}
