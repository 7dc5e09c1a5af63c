-- ID numbers are listed with only their first and last characters (3****************4): the first four and last four
-- left some 10^4 candidates to an enumerating caller. The masks are stored, so the stored ones are masked again.
update worker
set id_number_masked = left(id_number_masked, 1) || repeat('*', length(id_number_masked) - 2)
        || right(id_number_masked, 1)
where id_number_masked is not null;
