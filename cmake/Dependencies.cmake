# Every external package the project uses, found once.
find_package(Qt6 6.4 REQUIRED COMPONENTS Core Sql Concurrent Network Test)
if(CERTPHOTO_BUILD_GUI)
    find_package(Qt6 6.4 REQUIRED COMPONENTS Gui Widgets Charts Svg LinguistTools)
    # Team-server passwords in the system keychain (Secret Service, KWallet).
    find_package(Qt6Keychain REQUIRED)
endif()
find_package(OpenCV 4.5 REQUIRED COMPONENTS core imgproc imgcodecs dnn objdetect photo)
find_package(Boost 1.74 REQUIRED COMPONENTS log log_setup)
find_package(Threads REQUIRED)
set(CMAKE_AUTOMOC ON)
