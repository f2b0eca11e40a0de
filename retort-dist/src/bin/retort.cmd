@echo off
rem Retort's launcher for Windows in a release archive (retort-<version>\bin\retort.cmd next to
rem lib\retort.jar). Runs the Java of JAVA_HOME, else the java on the PATH; it must be 17 or newer.
rem No class-data archive here: the JVM starts with the JDK's default one. Paths are only
rem expanded outside parenthesised blocks: "Program Files (x86)" would end a block early.
setlocal EnableExtensions DisableDelayedExpansion

set "RETORT_HOME=%~dp0.."
set "RETORT_JAR=%RETORT_HOME%\lib\retort.jar"
if not exist "%RETORT_JAR%" goto noJar

set "RETORT_JAVA=java.exe"
if not defined JAVA_HOME goto onPath
set "RETORT_JAVA=%JAVA_HOME%\bin\java.exe"
if not exist "%RETORT_JAVA%" goto badJavaHome
goto version
:onPath
where java.exe >nul 2>nul
if errorlevel 1 goto noJava

:version
rem The version from the line "... version "17.0.2" ...": 17.0.2 gives 17, 1.8.0_392 gives 1.
set "RETORT_JAVA_VERSION="
for /f "tokens=2,3" %%a in ('"%RETORT_JAVA%" -version 2^>^&1') do if /i "%%a"=="version" if not defined RETORT_JAVA_VERSION set "RETORT_JAVA_VERSION=%%~b"
set "RETORT_JAVA_FEATURE=0"
for /f "tokens=1 delims=.-+_" %%f in ("%RETORT_JAVA_VERSION%") do set /a "RETORT_JAVA_FEATURE=%%f" 2>nul
if %RETORT_JAVA_FEATURE% LSS 17 goto oldJava

set "RETORT_LAUNCHER=%~f0"
"%RETORT_JAVA%" -XX:TieredStopAtLevel=1 -XX:CICompilerCount=1 -XX:+UseSerialGC -XX:-UsePerfData -Xshare:auto -Xlog:disable -Xlog:all=warning:stderr -jar "%RETORT_JAR%" %*
exit /b %ERRORLEVEL%

:noJar
echo error: %RETORT_JAR% is missing 1>&2
echo hint: unpack the whole release archive again; bin\ and lib\ belong together 1>&2
exit /b 2
:badJavaHome
echo error: JAVA_HOME is %JAVA_HOME%, but it has no bin\java.exe 1>&2
echo hint: set JAVA_HOME to a JDK or JRE 17 or newer, or clear it to use the java on the PATH 1>&2
exit /b 2
:noJava
echo error: no Java found: JAVA_HOME is not set and there is no java on the PATH 1>&2
echo hint: install a JDK or JRE 17 or newer, then put its bin folder on the PATH or set JAVA_HOME 1>&2
exit /b 2
:oldJava
echo error: Retort needs Java 17 or newer; %RETORT_JAVA% is Java %RETORT_JAVA_VERSION% 1>&2
echo hint: install a JDK or JRE 17 or newer and set JAVA_HOME to it 1>&2
exit /b 2
