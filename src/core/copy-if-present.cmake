# cmake -DSRC=file -DDST=dir -P copy-if-present.cmake: the model is optional at build time (fetched apart).
if(EXISTS "${SRC}")
    file(COPY "${SRC}" DESTINATION "${DST}")
endif()
