@echo off
rem Luukku launcher for Windows: builds what is missing on first use, then runs the service, the apps or the demo.
setlocal EnableDelayedExpansion
set "ROOT=%~dp0"
set "ROOT=%ROOT:~0,-1%"
if defined JAVA_HOME (set "JAVA=%JAVA_HOME%\bin\java.exe") else (set "JAVA=java")
"%JAVA%" -version >nul 2>&1 || (echo luukku: no Java found. Install a JDK 17 or newer, or set JAVA_HOME. & exit /b 1)

set "CMD=%~1"
if "%CMD%"=="" set "CMD=help"
shift
set "ARGS="
:collect
if "%~1"=="" goto collected
set "ARGS=!ARGS! %1"
shift
goto collect
:collected

if /i "%CMD%"=="help" goto usage
if /i "%CMD%"=="build" goto build
if /i "%CMD%"=="server" (set "JAR=central-service\target\central-service.jar" & goto runpart)
if /i "%CMD%"=="kiosk" (set "JAR=kiosk-app\target\kiosk-app.jar" & goto runpart)
if /i "%CMD%"=="advisor" (set "JAR=advisor-app\target\advisor-app.jar" & goto runpart)
if /i "%CMD%"=="display" (set "JAR=display-app\target\display-app.jar" & goto runpart)
if /i "%CMD%"=="demo" goto demo
if /i "%CMD%"=="admin" goto admincli
if /i "%CMD%"=="config" goto admincli
if /i "%CMD%"=="simulate" goto simulate
if /i "%CMD%"=="bench" goto bench
echo luukku: unknown command "%CMD%"
goto usage

:simulate
if not exist "%ROOT%\central-service\target\central-service.jar" call :build
"%JAVA%" -cp "%ROOT%\central-service\target\central-service.jar" fi.luukku.service.sim.SimulateMain %ARGS%
exit /b %ERRORLEVEL%

:bench
rem benchmarks, as ./luukku bench service^|display^|history^|reports (see docs/benchmarks.md)
set "WHAT=" & set "REST=" & set "MAIN="
for /f "tokens=1,*" %%a in ("!ARGS!") do (set "WHAT=%%a" & set "REST=%%b")
if /i "!WHAT!"=="service" set "MAIN=fi.luukku.systemtests.bench.service.ServiceBenchmark"
if /i "!WHAT!"=="display" set "MAIN=fi.luukku.systemtests.bench.display.DisplayLatencyBenchmark"
if /i "!WHAT!"=="history" set "MAIN=fi.luukku.systemtests.bench.service.HistoryBenchmark"
if /i "!WHAT!"=="reports" set "MAIN=fi.luukku.systemtests.bench.reports.ReportsBenchmark"
if not defined MAIN (echo luukku bench: say service, display, history or reports & exit /b 2)
if not exist "%ROOT%\system-tests\target\system-tests.jar" call :build
"%JAVA%" -cp "%ROOT%\system-tests\target\system-tests.jar;%ROOT%\system-tests\target\lib\*" !MAIN! !REST!
exit /b %ERRORLEVEL%

:admincli
rem first-run administrator; configuration files (export, diff, apply)
if not exist "%ROOT%\central-service\target\central-service.jar" call :build
"%JAVA%" -cp "%ROOT%\central-service\target\central-service.jar" fi.luukku.service.cli.LuukkuCli %CMD% %ARGS%
exit /b %ERRORLEVEL%

:build
echo luukku: building (first use takes a few minutes while Maven downloads dependencies)...
pushd "%ROOT%"
rem no -q: the first build shows each module and download as it goes
call mvnw.cmd -B -DskipTests -Dspotless.check.skip=true package
set "RC=%ERRORLEVEL%"
popd
exit /b %RC%

:ensure
if not exist "%ROOT%\central-service\target\central-service.jar" goto ensurebuild
if not exist "%ROOT%\kiosk-app\target\kiosk-app.jar" goto ensurebuild
if not exist "%ROOT%\advisor-app\target\advisor-app.jar" goto ensurebuild
if not exist "%ROOT%\display-app\target\display-app.jar" goto ensurebuild
exit /b 0
:ensurebuild
call "%~f0" build
exit /b %ERRORLEVEL%

:runpart
call :ensure || exit /b 1
set "HEAP=-Xmx384m"
if /i "%CMD%"=="server" set "HEAP=-Xmx512m"
if /i "%CMD%"=="display" set "HEAP=-Xmx256m"
"%JAVA%" %HEAP% -XX:+ExitOnOutOfMemoryError %LUUKKU_JAVA_OPTS% -jar "%ROOT%\%JAR%" %ARGS%
exit /b %ERRORLEVEL%

:javafx
rem JavaFX on the module path (no "unsupported configuration" warning); ControlsFX needs some internals opened
set "FXPATH="
for %%J in ("%ROOT%\%~1\target\lib\javafx-*-win.jar") do (
    if defined FXPATH (set "FXPATH=!FXPATH!;%%~fJ") else (set "FXPATH=%%~fJ")
)
set "FXOPTS="
if not defined FXPATH exit /b 0
set FXOPTS=--module-path "!FXPATH!" --add-modules=javafx.controls,javafx.swing,javafx.media
for %%P in (javafx.base/com.sun.javafx.event javafx.base/com.sun.javafx.collections javafx.graphics/com.sun.javafx.scene javafx.graphics/com.sun.javafx.scene.traversal javafx.graphics/com.sun.javafx.css javafx.graphics/com.sun.javafx.application javafx.controls/com.sun.javafx.scene.control javafx.controls/com.sun.javafx.scene.control.behavior javafx.controls/com.sun.javafx.scene.control.inputmap javafx.controls/com.sun.javafx.scene.control.skin) do set "FXOPTS=!FXOPTS! --add-exports=%%P=ALL-UNNAMED"
set "FXOPTS=!FXOPTS! --add-opens=javafx.controls/javafx.scene.control.skin=ALL-UNNAMED --add-opens=javafx.graphics/javafx.scene=ALL-UNNAMED"
exit /b 0

:demo
call :ensure || exit /b 1
set "PORT=8080"
set "POINT=mikkeli"
set "DATA=%ROOT%\data\demo"
if not exist "%DATA%\logs" mkdir "%DATA%\logs"
set "URL=http://localhost:%PORT%"
echo luukku demo: starting the central service on %URL%
start "Luukku service" /b "%JAVA%" -Xmx512m -XX:+ExitOnOutOfMemoryError -jar "%ROOT%\central-service\target\central-service.jar" --demo --port %PORT% --data "%DATA%\service" > "%DATA%\logs\server.log" 2>&1
set /a TRIES=0
:waithealth
set /a TRIES+=1
powershell -NoProfile -Command "try { (Invoke-WebRequest -UseBasicParsing %URL%/health).StatusCode } catch { exit 1 }" >nul 2>&1 && goto healthy
if %TRIES% GEQ 120 (echo luukku demo: the service did not answer; see %DATA%\logs\server.log & exit /b 1)
timeout /t 1 /nobreak >nul
goto waithealth
:healthy
rem the windows side by side on a 1920x1080 screen; heap limits as in docs/heap.md
call :javafx display-app
start "Luukku display" /b "%JAVA%" -Xmx256m -XX:+ExitOnOutOfMemoryError !FXOPTS! -Dluukku.window=1440,720,480,360 -jar "%ROOT%\display-app\target\display-app.jar" --server %URL% --point %POINT% --token demo-display-%POINT% --data "%DATA%\display" > "%DATA%\logs\display.log" 2>&1
call :javafx advisor-app
start "Luukku advisor" /b "%JAVA%" -Xmx384m -XX:+ExitOnOutOfMemoryError !FXOPTS! -Dluukku.window=554,0,1366,720 -jar "%ROOT%\advisor-app\target\advisor-app.jar" --server %URL% --point %POINT% --user advisor1 --password demo --desk %POINT%-1 --data "%DATA%\advisor" > "%DATA%\logs\advisor.log" 2>&1
call :javafx kiosk-app
start "Luukku kiosk" /b "%JAVA%" -Xmx384m -XX:+ExitOnOutOfMemoryError !FXOPTS! -Dluukku.window=0,0,554,720 -Dluukku.window.printer=1074,720,366,360 -jar "%ROOT%\kiosk-app\target\kiosk-app.jar" --server %URL% --point %POINT% --token demo-kiosk-%POINT% --printer sim --kiosk-id demo-kiosk-1 --staff-pin 2580 --offline-range 900-949 --data "%DATA%\kiosk" > "%DATA%\logs\kiosk.log" 2>&1
start "Luukku feedback" /b "%JAVA%" -Xmx256m -XX:+ExitOnOutOfMemoryError !FXOPTS! -Dluukku.window=0,720,554,360 -Dluukku.window.buttons=554,720,520,360 -jar "%ROOT%\kiosk-app\target\kiosk-app.jar" --server %URL% --point %POINT% --mode feedback --token demo-feedback-%POINT% --buttons sim --staff-pin 2580 --data "%DATA%\feedback" > "%DATA%\logs\feedback.log" 2>&1
echo luukku demo: running at point %POINT%. Logs in %DATA%\logs. Staff login advisor1 / demo.
echo Check-in at the kiosk with booking code DEMO2580.
echo Press Ctrl+C to stop everything; when any part stops, the others are stopped too.
rem the demo is one thing: when any of its five processes ends, stop them all
powershell -NoProfile -Command "while ((Get-CimInstance Win32_Process -Filter \"Name='java.exe'\" | Where-Object { $_.CommandLine -like '*%DATA%*' }).Count -ge 5) { Start-Sleep -Seconds 2 }"
echo luukku demo: a part stopped; stopping the rest.
powershell -NoProfile -Command "Get-CimInstance Win32_Process -Filter \"Name='java.exe'\" | Where-Object { $_.CommandLine -like '*%DATA%*' } | ForEach-Object { Stop-Process -Id $_.ProcessId -Force }"
exit /b 0

:usage
echo Usage: luukku ^<demo^|server^|kiosk^|advisor^|display^|build^> [options]
echo   demo      the central service with the five pilot points plus kiosk, feedback terminal, advisor and display
echo   server    [--demo] [--port P] [--data DIR] [--config FILE]
echo   kiosk     --server URL --point ID [--token T] [--mode feedback]
echo   advisor   --server URL --point ID [--user U --password P --desk D]
echo   display   --server URL --point ID [--token T] [--desk ID]
echo   bench     service^|display^|history^|reports [options] benchmarks (docs/benchmarks.md)
echo   simulate  [options]                    a simulated day against the service
exit /b 0
