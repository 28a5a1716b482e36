# Runs lupdate over the sources into a copy of the committed .ts and fails when any message is
# new, unfinished or empty: a string added without its Spanish translation breaks the build's tests.
file(REMOVE_RECURSE ${WORK_DIR})
file(MAKE_DIRECTORY ${WORK_DIR})
get_filename_component(ts_name ${TS_FILE} NAME)
set(copy ${WORK_DIR}/${ts_name})
file(COPY ${TS_FILE} DESTINATION ${WORK_DIR})
execute_process(
    # -I the project root: includes are spelled "core/orders/…", and lupdate needs the headers to know
    # each tr()'s class (its context).
    COMMAND ${LUPDATE} -no-obsolete -locations none -silent -I ${SOURCE_DIR} ${SOURCE_DIR}/core ${SOURCE_DIR}/ui ${SOURCE_DIR}/app -ts ${copy}
    RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "lupdate failed: ${out} ${err}")
endif()
file(READ ${copy} content)
string(REGEX MATCHALL "<source>[^<]*</source>[^<]*(<comment>[^<]*</comment>[^<]*)?<translation type=\"unfinished\"" missing "${content}")
string(FIND "${content}" "type=\"unfinished\"" unfinished_at)
if(NOT unfinished_at EQUAL -1)
    string(REPLACE "<translation type=\"unfinished\"" "\n" listed "${missing}")
    message(FATAL_ERROR "Spanish translation incomplete: run `cmake --build build --target update_translations` "
                        "and translate these in resources/translations/ordo_es.ts:\n${listed}")
endif()
string(FIND "${content}" "<translation></translation>" empty_at)
if(NOT empty_at EQUAL -1)
    message(FATAL_ERROR "An empty Spanish translation is in ${ts_name}")
endif()
message(STATUS "Spanish translation complete")
