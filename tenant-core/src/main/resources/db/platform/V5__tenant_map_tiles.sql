-- The map tiles of a city's public pages (part of its branding); all empty means the platform's default tiles.
alter table tenant
    add column map_tile_url         text    check (char_length(map_tile_url) <= 500),
    add column map_tile_subdomains  text    check (map_tile_subdomains ~ '^[a-z0-9]{1,10}$'),
    add column map_tile_attribution text    check (char_length(map_tile_attribution) <= 200),
    add column map_tile_max_zoom    integer check (map_tile_max_zoom between 1 and 22),
    add column map_tile_coordinates text    check (map_tile_coordinates in ('WGS84', 'GCJ02'));
