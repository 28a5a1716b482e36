<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES" sourcelanguage="en">
<context>
    <name>OrdoServer</name>
    <message>
        <source>The server&apos;s form key in the database is damaged (setting %1).</source>
        <translation>La clave de formularios del servidor guardada en la base de datos está dañada (ajuste %1).</translation>
    </message>
    <message>
        <source>Cannot read the TLS certificate %1: %2</source>
        <translation>No se puede leer el certificado TLS %1: %2</translation>
    </message>
    <message>
        <source>The file %1 holds no PEM certificate.</source>
        <translation>El archivo %1 no contiene ningún certificado PEM.</translation>
    </message>
    <message>
        <source>Cannot read the TLS private key %1: %2</source>
        <translation>No se puede leer la clave privada TLS %1: %2</translation>
    </message>
    <message>
        <source>The file %1 holds no unencrypted PEM private key.</source>
        <translation>El archivo %1 no contiene ninguna clave privada PEM sin cifrar.</translation>
    </message>
    <message>
        <source>Cannot listen on %1: another program is using that port.</source>
        <translation>No se puede escuchar en %1: otro programa está usando ese puerto.</translation>
    </message>
    <message>
        <source>Cannot listen on %1: ports below 1024 need the administrator&apos;s permission.</source>
        <translation>No se puede escuchar en %1: los puertos por debajo de 1024 necesitan permiso de administrador.</translation>
    </message>
    <message>
        <source>Cannot listen on %1: %2</source>
        <translation>No se puede escuchar en %1: %2</translation>
    </message>
    <message>
        <source>This page does not exist.</source>
        <translation>Esta página no existe.</translation>
    </message>
    <message>
        <source>This page cannot be used that way.</source>
        <translation>Esta página no se puede usar de esa forma.</translation>
    </message>
    <message>
        <source>What was sent is too large.</source>
        <translation>Lo que se ha enviado es demasiado grande.</translation>
    </message>
    <message>
        <source>Something went wrong on our side. Please try again in a few minutes.</source>
        <translation>Algo ha fallado por nuestra parte. Vuelva a intentarlo dentro de unos minutos.</translation>
    </message>
    <message>
        <source>Nothing was saved: we could not write it down. Please try again in a few minutes.</source>
        <translation>No se ha guardado nada: no hemos podido anotarlo. Vuelva a intentarlo dentro de unos minutos.</translation>
    </message>
    <message>
        <source>Ordo&apos;s web server for the company&apos;s customers.</source>
        <translation>El servidor web de Ordo para los clientes de la empresa.</translation>
    </message>
    <message>
        <source>The company&apos;s Ordo database (it must exist).</source>
        <translation>La base de datos de Ordo de la empresa (debe existir).</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>RUTA</translation>
    </message>
    <message>
        <source>Where to listen, ADDRESS:PORT (default 127.0.0.1:8080; port 0 picks a free one).</source>
        <translation>Dónde escuchar, DIRECCIÓN:PUERTO (por defecto 127.0.0.1:8080; el puerto 0 elige uno libre).</translation>
    </message>
    <message>
        <source>ADDRESS:PORT</source>
        <translation>DIRECCIÓN:PUERTO</translation>
    </message>
    <message>
        <source>Serve HTTPS with this PEM certificate (chain).</source>
        <translation>Servir HTTPS con este certificado PEM (cadena).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ARCHIVO</translation>
    </message>
    <message>
        <source>The certificate&apos;s PEM private key.</source>
        <translation>La clave privada PEM del certificado.</translation>
    </message>
    <message>
        <source>Who may show the pages in a frame, e.g. &quot;https://www.example.es&quot; (default &apos;none&apos;).</source>
        <translation>Quién puede mostrar las páginas dentro de un marco, p. ej. &quot;https://www.example.es&quot; (por defecto &apos;none&apos;).</translation>
    </message>
    <message>
        <source>SOURCES</source>
        <translation>ORÍGENES</translation>
    </message>
    <message>
        <source>The one web origin allowed to call the server from its scripts (CORS); none by default.</source>
        <translation>El único origen web al que se permite llamar al servidor desde sus scripts (CORS); ninguno por defecto.</translation>
    </message>
    <message>
        <source>ORIGIN</source>
        <translation>ORIGEN</translation>
    </message>
    <message>
        <source>A web server on this machine forwards the requests: take the client&apos;s address from X-Forwarded-For.</source>
        <translation>Un servidor web de este equipo reenvía las peticiones: tomar la dirección del cliente de X-Forwarded-For.</translation>
    </message>
    <message>
        <source>Unexpected argument “%1”. Run “ordo-server --help” for the options.</source>
        <translation>Argumento inesperado «%1». Ejecute «ordo-server --help» para ver las opciones.</translation>
    </message>
    <message>
        <source>Say which database to serve: --database PATH.</source>
        <translation>Indique qué base de datos servir: --database RUTA.</translation>
    </message>
    <message>
        <source>--listen wants ADDRESS:PORT, such as 127.0.0.1:8080 or [::1]:8443, not “%1”.</source>
        <translation>--listen espera DIRECCIÓN:PUERTO, como 127.0.0.1:8080 o [::1]:8443, no «%1».</translation>
    </message>
    <message>
        <source>HTTPS needs both --tls-cert and --tls-key.</source>
        <translation>HTTPS necesita tanto --tls-cert como --tls-key.</translation>
    </message>
    <message>
        <source>--frame-ancestors wants web sources separated by spaces, such as &apos;self&apos; https://www.example.es.</source>
        <translation>--frame-ancestors espera orígenes web separados por espacios, como &apos;self&apos; https://www.example.es.</translation>
    </message>
    <message>
        <source>--allowed-origin wants one origin such as https://www.example.es (no path).</source>
        <translation>--allowed-origin espera un único origen, como https://www.example.es (sin ruta).</translation>
    </message>
    <message>
        <source>Cannot set up the signal handling.</source>
        <translation>No se puede preparar la gestión de señales.</translation>
    </message>
    <message>
        <source>Call us at %1.</source>
        <translation>Llámenos al %1.</translation>
    </message>
    <message>
        <source>Too many requests</source>
        <translation>Demasiadas peticiones</translation>
    </message>
    <message>
        <source>Too many requests from your address. Wait a minute and try again.</source>
        <translation>Demasiadas peticiones desde su dirección. Espere un minuto y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Book a visit</source>
        <translation>Reserve una visita</translation>
    </message>
    <message>
        <source>Online booking is closed for now.</source>
        <translation>La reserva por internet está cerrada por ahora.</translation>
    </message>
    <message>
        <source>Tell us what you need and where. Choose a time that suits you: we come to see the job and prepare an estimate, free of charge.</source>
        <translation>Díganos qué necesita y dónde. Elija la hora que le venga bien: iremos a ver el trabajo y le prepararemos un presupuesto sin compromiso.</translation>
    </message>
    <message>
        <source>Kind of job</source>
        <translation>Tipo de trabajo</translation>
    </message>
    <message>
        <source>Postcode of the work</source>
        <translation>Código postal de la obra</translation>
    </message>
    <message>
        <source>Five digits, e.g. 28013.</source>
        <translation>Cinco cifras, p. ej. 28013.</translation>
    </message>
    <message>
        <source>See free times</source>
        <translation>Ver horas libres</translation>
    </message>
    <message>
        <source>Choose the kind of job and write the postcode of the work (five digits).</source>
        <translation>Elija el tipo de trabajo y escriba el código postal de la obra (cinco cifras).</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Volver</translation>
    </message>
    <message>
        <source>Sorry</source>
        <translation>Lo sentimos</translation>
    </message>
    <message>
        <source>The booking page is not available right now. Please try again in a few minutes.</source>
        <translation>La página de reservas no está disponible ahora mismo. Vuelva a intentarlo en unos minutos.</translation>
    </message>
    <message>
        <source>We are sorry</source>
        <translation>Lo sentimos</translation>
    </message>
    <message>
        <source>We do not work in the postcode %1 yet, so we cannot book a visit there online.</source>
        <translation>Todavía no trabajamos en el código postal %1, así que no podemos reservar allí una visita por internet.</translation>
    </message>
    <message>
        <source>Try another postcode</source>
        <translation>Probar otro código postal</translation>
    </message>
    <message>
        <source>Outside our area</source>
        <translation>Fuera de nuestra zona</translation>
    </message>
    <message>
        <source>Choose a new time</source>
        <translation>Elija una nueva hora</translation>
    </message>
    <message>
        <source>Choose a time</source>
        <translation>Elija una hora</translation>
    </message>
    <message>
        <source>There are no free times in the coming days.</source>
        <translation>No quedan horas libres en los próximos días.</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambiar</translation>
    </message>
    <message>
        <source>Your details</source>
        <translation>Sus datos</translation>
    </message>
    <message>
        <source>What do you need? (optional)</source>
        <translation>¿Qué necesita? (opcional)</translation>
    </message>
    <message>
        <source>E.g. three old aluminium windows, third floor</source>
        <translation>P. ej. tres ventanas viejas de aluminio, tercer piso</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Address of the work</source>
        <translation>Dirección de la obra</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>Localidad</translation>
    </message>
    <message>
        <source>Leave this empty</source>
        <translation>Deje esto vacío</translation>
    </message>
    <message>
        <source>I have read the privacy notice and agree that my details are used for this visit.</source>
        <translation>He leído el aviso de privacidad y acepto que se usen mis datos para esta visita.</translation>
    </message>
    <message>
        <source>Move the visit</source>
        <translation>Cambiar la visita</translation>
    </message>
    <message>
        <source>Book the visit</source>
        <translation>Reservar la visita</translation>
    </message>
    <message>
        <source>This address only takes the booking form.</source>
        <translation>Esta dirección solo admite el formulario de reserva.</translation>
    </message>
    <message>
        <source>The form has expired</source>
        <translation>El formulario ha caducado</translation>
    </message>
    <message>
        <source>For your safety a form works for two hours. Please start again: nothing was booked.</source>
        <translation>Por su seguridad, un formulario vale dos horas. Empiece de nuevo, por favor: no se ha reservado nada.</translation>
    </message>
    <message>
        <source>The form could not be accepted.</source>
        <translation>No se ha podido aceptar el formulario.</translation>
    </message>
    <message>
        <source>Already booked</source>
        <translation>Ya está reservada</translation>
    </message>
    <message>
        <source>This form was sent already and your visit is booked. Look for the confirmation in your e-mail.</source>
        <translation>Este formulario ya se envió y su visita está reservada. Busque la confirmación en su correo.</translation>
    </message>
    <message>
        <source>Too many bookings for this phone number.</source>
        <translation>Demasiadas reservas para este teléfono.</translation>
    </message>
    <message>
        <source>There is nothing at this address.</source>
        <translation>No hay nada en esta dirección.</translation>
    </message>
    <message>
        <source>Link not valid</source>
        <translation>Enlace no válido</translation>
    </message>
    <message>
        <source>This link is not valid any more.</source>
        <translation>Este enlace ya no es válido.</translation>
    </message>
    <message>
        <source>Your visit is booked</source>
        <translation>Su visita está reservada</translation>
    </message>
    <message>
        <source>We have sent you a confirmation by e-mail with this page&apos;s link, to change or cancel the visit.</source>
        <translation>Le hemos enviado una confirmación por correo con el enlace de esta página, para cambiar o anular la visita.</translation>
    </message>
    <message>
        <source>The visit has been moved</source>
        <translation>La visita ha cambiado de hora</translation>
    </message>
    <message>
        <source>Your visit</source>
        <translation>Su visita</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>This visit is cancelled.</source>
        <translation>Esta visita está anulada.</translation>
    </message>
    <message>
        <source>Book another visit</source>
        <translation>Reservar otra visita</translation>
    </message>
    <message>
        <source>Change the time</source>
        <translation>Cambiar la hora</translation>
    </message>
    <message>
        <source>Cancel the visit</source>
        <translation>Anular la visita</translation>
    </message>
    <message>
        <source>The form has expired. Open the link again: nothing was changed.</source>
        <translation>El formulario ha caducado. Abra el enlace de nuevo: no se ha cambiado nada.</translation>
    </message>
    <message>
        <source>The postcode has five digits.</source>
        <translation>El código postal tiene cinco cifras.</translation>
    </message>
    <message>
        <source>The address customers use to reach this server (https://citas.example.es), for the links in their e-mails; by default the address it listens on.</source>
        <translation>La dirección por la que los clientes llegan a este servidor (https://citas.ejemplo.es), para los enlaces de sus correos; por omisión, la dirección en la que escucha.</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>How often queued e-mails are sent, in seconds (default 15).</source>
        <translation>Cada cuántos segundos se envían los correos pendientes (15 por omisión).</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SEGUNDOS</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>The request is not what the app sends: update the app.</source>
        <translation>La petición no es la que envía la aplicación: actualícela.</translation>
    </message>
    <message>
        <source>--public-url wants an address such as https://ordo.example.es, not “%1”.</source>
        <translation>--public-url necesita una dirección como https://ordo.example.es, no «%1».</translation>
    </message>
    <message>
        <source>The company&apos;s time zone, such as Europe/Madrid or Atlantic/Canary: the working hours, the free times and the e-mails are in it (default: this machine&apos;s).</source>
        <translation>La zona horaria de la empresa, como Europe/Madrid o Atlantic/Canary: en ella van el horario de trabajo, las horas libres y los correos (por omisión, la de este equipo).</translation>
    </message>
    <message>
        <source>ZONE</source>
        <translation>ZONA</translation>
    </message>
    <message>
        <source>--time-zone wants a time zone such as Europe/Madrid, not “%1”.</source>
        <translation>--time-zone espera una zona horaria como Europe/Madrid, no «%1».</translation>
    </message>
    <message>
        <source>One moment, please</source>
        <translation>Un momento, por favor</translation>
    </message>
    <message>
        <source>We have received many requests from this connection in a short time. Wait a minute, go back with your browser and send it again: nothing was lost.</source>
        <translation>Hemos recibido muchas peticiones desde esta conexión en poco tiempo. Espere un minuto, vuelva atrás con el navegador y envíelo de nuevo: no se ha perdido nada.</translation>
    </message>
    <message>
        <source>We may still be able to help.</source>
        <translation>Quizá podamos ayudarle igualmente.</translation>
    </message>
    <message>
        <source>Your visit now: %1.</source>
        <translation>Su visita ahora: %1.</translation>
    </message>
    <message>
        <source>Keep this time</source>
        <translation>Mantener esta hora</translation>
    </message>
    <message>
        <source>Choose one of the free times above.</source>
        <translation>Elija una de las horas libres de arriba.</translation>
    </message>
    <message>
        <source>%1, %2–%3</source>
        <translation>%1, %2–%3</translation>
    </message>
    <message>
        <source>Cancel the visit?</source>
        <translation>¿Anular la visita?</translation>
    </message>
    <message>
        <source>Your visit of %1 will be cancelled and the time offered to others.</source>
        <translation>Se anulará su visita del %1 y esa hora quedará libre para otros clientes.</translation>
    </message>
    <message>
        <source>Yes, cancel the visit</source>
        <translation>Sí, anular la visita</translation>
    </message>
    <message>
        <source>No, keep it</source>
        <translation>No, mantenerla</translation>
    </message>
    <message>
        <source>Any question about the visit?</source>
        <translation>¿Alguna duda sobre la visita?</translation>
    </message>
    <message>
        <source>Some details need a look: see below, before the button.</source>
        <translation>Revise algunos datos: están abajo, antes del botón.</translation>
    </message>
    <message>
        <source>The links in customers&apos; e-mails point to %1, which customers cannot open. Give --public-url with the address they use, such as https://citas.example.es.</source>
        <translation>Los enlaces de los correos a los clientes apuntan a %1, que ellos no pueden abrir. Indique con --public-url la dirección que usan, como https://citas.example.es.</translation>
    </message>
    <message>
        <source>First dates</source>
        <translation>Primeras fechas</translation>
    </message>
    <message>
        <source>There are no more free times that can be booked here.</source>
        <translation>No hay más horas libres que se puedan reservar aquí.</translation>
    </message>
    <message>
        <source>Later dates</source>
        <translation>Más fechas</translation>
    </message>
    <message>
        <source>Visit cancelled</source>
        <translation>Visita anulada</translation>
    </message>
    <message>
        <source>How many bookings, changes and cancellations one address may send a minute (default 20).</source>
        <translation>Cuántas reservas, cambios y anulaciones puede enviar una misma dirección por minuto (20 por omisión).</translation>
    </message>
    <message>
        <source>Your time:</source>
        <translation>Hora elegida:</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Ordo: work orders from the first call to the paid invoice.</source>
        <translation>Ordo: órdenes de trabajo desde la primera llamada hasta la factura cobrada.</translation>
    </message>
    <message>
        <source>Open the database at &lt;path&gt;.</source>
        <translation>Abrir la base de datos en &lt;ruta&gt;.</translation>
    </message>
    <message>
        <source>path</source>
        <translation>ruta</translation>
    </message>
    <message>
        <source>Ordo</source>
        <translation>Ordo</translation>
    </message>
    <message>
        <source>Save a picture of the window to &lt;file&gt; and quit.</source>
        <translation>Guardar una imagen de la ventana en &lt;archivo&gt; y salir.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>archivo</translation>
    </message>
    <message>
        <source>Window size as WIDTHxHEIGHT.</source>
        <translation>Tamaño de la ventana como ANCHOxALTO.</translation>
    </message>
    <message>
        <source>size</source>
        <translation>tamaño</translation>
    </message>
    <message>
        <source>Welcome to Ordo</source>
        <translation>Bienvenido a Ordo</translation>
    </message>
    <message>
        <source>There is no Ordo database on this computer yet. Create a new one for your company, or open a demo company to look around first?</source>
        <translation>Todavía no hay ninguna base de datos de Ordo en este ordenador. ¿Crea una nueva para su empresa, o abre antes una empresa de demostración para echar un vistazo?</translation>
    </message>
    <message>
        <source>Create my database</source>
        <translation>Crear mi base de datos</translation>
    </message>
    <message>
        <source>Open the demo company</source>
        <translation>Abrir la empresa de demostración</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Start signed in as &lt;name&gt; (password or PIN from ORDO_PASSWORD).</source>
        <translation>Empezar con la sesión de &lt;nombre&gt; (contraseña o PIN de ORDO_PASSWORD).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>Start on page &lt;n&gt; (1 board … 8 reports, 9 my day).</source>
        <translation>Empezar en la página &lt;n&gt; (1 tablero … 8 informes, 9 mi día).</translation>
    </message>
    <message>
        <source>Quit once the window is painted, printing how long that took.</source>
        <translation>Salir en cuanto la ventana esté dibujada e indicar cuánto ha tardado.</translation>
    </message>
</context>
<context>
    <name>ordo::Access</name>
    <message>
        <source>This session</source>
        <translation>Esta sesión</translation>
    </message>
    <message>
        <source>%1 may not do this: the permission “%2” is missing. The owner can grant it under Company ▸ Accounts.</source>
        <translation>%1 no puede hacer esto: le falta el permiso «%2». El propietario puede concederlo en Empresa ▸ Cuentas.</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Propietario</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Oficina</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Comercial</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>Técnico</translation>
    </message>
    <message>
        <source>Manage the company&apos;s data and settings</source>
        <translation>Gestionar los datos y ajustes de la empresa</translation>
    </message>
    <message>
        <source>Edit the process map</source>
        <translation>Editar el mapa de procesos</translation>
    </message>
    <message>
        <source>Manage accounts and permissions</source>
        <translation>Gestionar cuentas y permisos</translation>
    </message>
    <message>
        <source>Manage staff</source>
        <translation>Gestionar el personal</translation>
    </message>
    <message>
        <source>Create orders</source>
        <translation>Crear órdenes</translation>
    </message>
    <message>
        <source>Edit and move any order</source>
        <translation>Editar y mover cualquier orden</translation>
    </message>
    <message>
        <source>Edit and move their own orders</source>
        <translation>Editar y mover sus propias órdenes</translation>
    </message>
    <message>
        <source>Edit customers</source>
        <translation>Editar clientes</translation>
    </message>
    <message>
        <source>Book anyone&apos;s visits</source>
        <translation>Citar visitas de cualquiera</translation>
    </message>
    <message>
        <source>Manage their own visits</source>
        <translation>Gestionar sus propias visitas</translation>
    </message>
    <message>
        <source>Draft invoices</source>
        <translation>Preparar borradores de factura</translation>
    </message>
    <message>
        <source>Issue invoices</source>
        <translation>Emitir facturas</translation>
    </message>
    <message>
        <source>Send invoices</source>
        <translation>Enviar facturas</translation>
    </message>
    <message>
        <source>Record payments</source>
        <translation>Registrar cobros</translation>
    </message>
    <message>
        <source>See reports</source>
        <translation>Ver informes</translation>
    </message>
    <message>
        <source>Sign reviews</source>
        <translation>Firmar revisiones</translation>
    </message>
</context>
<context>
    <name>ordo::Accounts</name>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n segundo</numerusform>
            <numerusform>%n segundos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minuto</numerusform>
            <numerusform>%n minutos</numerusform>
        </translation>
    </message>
    <message>
        <source>A PIN is 4 to 8 digits.</source>
        <translation>Un PIN tiene de 4 a 8 cifras.</translation>
    </message>
    <message>
        <source>A password needs at least 8 characters.</source>
        <translation>Una contraseña necesita al menos 8 caracteres.</translation>
    </message>
    <message>
        <source>Staff member number %1 has no account.</source>
        <translation>La persona número %1 del personal no tiene cuenta.</translation>
    </message>
    <message>
        <source>There is no account “%1”.</source>
        <translation>No existe la cuenta «%1».</translation>
    </message>
    <message>
        <source>%1 no longer works here.</source>
        <translation>%1 ya no trabaja aquí.</translation>
    </message>
    <message>
        <source>The owner needs a name and a username.</source>
        <translation>El propietario necesita un nombre y un nombre de usuario.</translation>
    </message>
    <message>
        <source>The password could not be protected (out of memory?). Nothing was saved.</source>
        <translation>No se pudo proteger la contraseña (¿falta memoria?). No se ha guardado nada.</translation>
    </message>
    <message>
        <source>This company has its accounts already; the owner signs in instead.</source>
        <translation>Esta empresa ya tiene sus cuentas; el propietario inicia sesión en su lugar.</translation>
    </message>
    <message>
        <source>Unknown user or wrong password or PIN.</source>
        <translation>Usuario desconocido o contraseña o PIN incorrectos.</translation>
    </message>
    <message>
        <source>Too many wrong attempts for %1: try again in %2.</source>
        <translation>Demasiados intentos fallidos de %1: vuelva a intentarlo dentro de %2.</translation>
    </message>
    <message>
        <source>%1 has no PIN or password yet and this company requires one: ask the owner to set it.</source>
        <translation>%1 aún no tiene PIN ni contraseña y esta empresa lo exige: pida al propietario que se lo ponga.</translation>
    </message>
    <message>
        <source>Wrong PIN.</source>
        <translation>PIN incorrecto.</translation>
    </message>
    <message>
        <source>Wrong password.</source>
        <translation>Contraseña incorrecta.</translation>
    </message>
    <message>
        <source>Too many wrong attempts: wait %1 before trying again.</source>
        <translation>Demasiados intentos fallidos: espere %1 antes de volver a intentarlo.</translation>
    </message>
    <message>
        <source>A username is 2 to 40 letters, digits, dots, dashes or underscores.</source>
        <translation>Un nombre de usuario tiene de 2 a 40 letras, cifras, puntos, guiones o guiones bajos.</translation>
    </message>
    <message>
        <source>The username “%1” belongs to %2.</source>
        <translation>El nombre de usuario «%1» es de %2.</translation>
    </message>
    <message>
        <source>The owner keeps the permission to manage accounts, or nobody could give it back.</source>
        <translation>El propietario conserva el permiso de gestionar cuentas; si no, nadie podría devolverlo.</translation>
    </message>
    <message>
        <source>The idle time before locking is 0 (never) to 1440 minutes.</source>
        <translation>El tiempo de inactividad antes de bloquear va de 0 (nunca) a 1440 minutos.</translation>
    </message>
    <message>
        <source>There is no user “%1”.</source>
        <translation>No existe el usuario «%1».</translation>
    </message>
</context>
<context>
    <name>ordo::AccountsDialog</name>
    <message>
        <source>Accounts and permissions</source>
        <translation>Cuentas y permisos</translation>
    </message>
    <message>
        <source>Only someone with the permission “%1” can change what is shown here. You can set your own PIN or password on the first tab.</source>
        <translation>Solo quien tiene el permiso «%1» puede cambiar lo que se muestra aquí. En la primera pestaña puede poner su propio PIN o contraseña.</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Permisos</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Seguridad</translation>
    </message>
    <message>
        <source>API tokens</source>
        <translation>Tokens de API</translation>
    </message>
    <message>
        <source>The permission table has changes that are not saved. Save them now?</source>
        <translation>La tabla de permisos tiene cambios sin guardar. ¿Guardarlos ahora?</translation>
    </message>
</context>
<context>
    <name>ordo::AccountsPeoplePage</name>
    <message numerus="yes">
        <source>A PIN suits the shared front-desk PC; a password suits a PC or a command line that others can reach. After %n wrong attempt(s) in a row a person waits before trying again; a new PIN or password ends the wait.</source>
        <translation>
            <numerusform>Un PIN basta en el PC compartido de recepción; una contraseña conviene en un PC o una línea de comandos a los que otros pueden llegar. Tras %n intento fallido seguido, la persona espera antes de volver a probar; un PIN o una contraseña nuevos terminan la espera.</numerusform>
            <numerusform>Un PIN basta en el PC compartido de recepción; una contraseña conviene en un PC o una línea de comandos a los que otros pueden llegar. Tras %n intentos fallidos seguidos, la persona espera antes de volver a probar; un PIN o una contraseña nuevos terminan la espera.</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Acceso</translation>
    </message>
    <message>
        <source>Signs in with</source>
        <translation>Inicia sesión con</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>Última entrada</translation>
    </message>
    <message>
        <source>Set PIN…</source>
        <translation>Poner PIN…</translation>
    </message>
    <message>
        <source>Set password…</source>
        <translation>Poner contraseña…</translation>
    </message>
    <message>
        <source>Remove PIN or password</source>
        <translation>Quitar PIN o contraseña</translation>
    </message>
    <message>
        <source>Change username…</source>
        <translation>Cambiar usuario…</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Cuentas</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message numerus="yes">
        <source>%n wrong attempt(s) in a row. A new PIN or password ends the wait.</source>
        <translation>
            <numerusform>%n intento fallido seguido. Un PIN o una contraseña nuevos terminan la espera.</numerusform>
            <numerusform>%n intentos fallidos seguidos. Un PIN o una contraseña nuevos terminan la espera.</numerusform>
        </translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <source>%1, waiting until %2</source>
        <translation>%1, en espera hasta las %2</translation>
    </message>
    <message>
        <source>None: cannot sign in yet</source>
        <translation>Ninguno: aún no puede iniciar sesión</translation>
    </message>
    <message>
        <source>Remove the PIN or password of %1? They will sign in by choosing their name.</source>
        <translation>¿Quitar el PIN o la contraseña de %1? Iniciará sesión eligiendo su nombre.</translation>
    </message>
    <message>
        <source>Remove the PIN or password of %1? This company requires one, so they cannot sign in until a new one is set.</source>
        <translation>¿Quitar el PIN o la contraseña de %1? Esta empresa lo exige, así que no podrá iniciar sesión hasta que se le ponga uno nuevo.</translation>
    </message>
</context>
<context>
    <name>ordo::ApiTokens</name>
    <message>
        <source>A token needs a name that says what uses it, e.g. “backup-job”.</source>
        <translation>Un token necesita un nombre que diga qué lo usa, p. ej. «copia-nocturna».</translation>
    </message>
    <message>
        <source>No random token could be made. Nothing was saved.</source>
        <translation>No se pudo generar un token aleatorio. No se ha guardado nada.</translation>
    </message>
    <message>
        <source>The new token could not be read back.</source>
        <translation>No se pudo volver a leer el token nuevo.</translation>
    </message>
    <message>
        <source>There is no active token number %1.</source>
        <translation>No hay ningún token activo con el número %1.</translation>
    </message>
    <message>
        <source>The API token is not valid or was revoked.</source>
        <translation>El token de API no es válido o se ha revocado.</translation>
    </message>
</context>
<context>
    <name>ordo::ApiTokensPage</name>
    <message>
        <source>A scheduled job (a backup, an export) gives its token to ordo-cli in ORDO_TOKEN. It may do what its access role may do, and its changes carry the token&apos;s name.</source>
        <translation>Una tarea programada (una copia de seguridad, una exportación) da su token a ordo-cli en ORDO_TOKEN. Puede hacer lo que permite su rol de acceso, y sus cambios llevan el nombre del token.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Acceso</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <source>Created by</source>
        <translation>Creado por</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Último uso</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Create…</source>
        <translation>Crear…</translation>
    </message>
    <message>
        <source>Revoke…</source>
        <translation>Revocar…</translation>
    </message>
    <message>
        <source>API tokens</source>
        <translation>Tokens de API</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <source>Revoked %1</source>
        <translation>Revocado el %1</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Revoke token</source>
        <translation>Revocar token</translation>
    </message>
    <message>
        <source>Revoke the token “%1”? A job that uses it is refused from now on. This cannot be undone; a new token can be created instead.</source>
        <translation>¿Revocar el token «%1»? Desde ahora se rechazará a la tarea que lo use. No se puede deshacer; en su lugar se puede crear un token nuevo.</translation>
    </message>
</context>
<context>
    <name>ordo::AppointmentService</name>
    <message>
        <source>%1 already has %2 (%3, %4) from %5 to %6.</source>
        <translation>%1 ya tiene %2 (%3, %4) de %5 a %6.</translation>
    </message>
    <message>
        <source>It is outside %1&apos;s working hours.</source>
        <translation>Está fuera del horario de trabajo de %1.</translation>
    </message>
    <message>
        <source>%1 with %2, %3 %4–%5</source>
        <translation>%1 con %2, %3 %4–%5</translation>
    </message>
    <message>
        <source>That appointment no longer exists.</source>
        <translation>Esa cita ya no existe.</translation>
    </message>
    <message>
        <source>An appointment must end after it starts.</source>
        <translation>Una cita debe terminar después de empezar.</translation>
    </message>
    <message>
        <source>That work order no longer exists.</source>
        <translation>Esa orden de trabajo ya no existe.</translation>
    </message>
    <message>
        <source>A visit cannot last more than 24 hours: book one visit per day.</source>
        <translation>Una visita no puede durar más de 24 horas: reserve una visita por día.</translation>
    </message>
    <message>
        <source>This visit</source>
        <extracomment>The subject of &quot;%1 was changed by someone else meanwhile…&quot;</extracomment>
        <translation>esta cita</translation>
    </message>
    <message>
        <source>%1 has no site address with a postcode: an estimate or installation visit needs it (who goes there depends on it). Add the address to the order first.</source>
        <translation>%1 no tiene la dirección de la obra con su código postal: una visita de presupuesto o de instalación la necesita (de ella depende quién va). Añada antes la dirección a la orden.</translation>
    </message>
</context>
<context>
    <name>ordo::AssetDialog</name>
    <message>
        <source>(no site)</source>
        <translation>(sin dirección de obra)</translation>
    </message>
    <message>
        <source>Has one, until:</source>
        <translation>Con garantía hasta:</translation>
    </message>
    <message>
        <source>Still at the customer&apos;s site</source>
        <translation>Sigue en casa del cliente</translation>
    </message>
    <message>
        <source>Asset %1</source>
        <translation>Activo %1</translation>
    </message>
    <message>
        <source>New asset</source>
        <translation>Nuevo activo</translation>
    </message>
    <message>
        <source>Window, blind, boiler…</source>
        <translation>Ventana, persiana, caldera…</translation>
    </message>
    <message>
        <source>Make and model</source>
        <translation>Marca y modelo</translation>
    </message>
    <message>
        <source>Size or specification: 120×100 tilt and turn</source>
        <translation>Medida o especificación: 120×100 oscilobatiente</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Modelo:</translation>
    </message>
    <message>
        <source>Si&amp;ze / specification:</source>
        <translation>Me&amp;dida / especificación:</translation>
    </message>
    <message>
        <source>&amp;Serial number:</source>
        <translation>Nº de &amp;serie:</translation>
    </message>
    <message>
        <source>Si&amp;te:</source>
        <translation>Di&amp;rección de obra:</translation>
    </message>
    <message>
        <source>Installed:</source>
        <translation>Instalado:</translation>
    </message>
    <message>
        <source>Warranty:</source>
        <translation>Garantía:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notas:</translation>
    </message>
    <message>
        <source>On the day:</source>
        <translation>Fecha:</translation>
    </message>
</context>
<context>
    <name>ordo::AssetHistoryDialog</name>
    <message>
        <source>Asset history</source>
        <translation>Historial del activo</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Orden</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Who / state</source>
        <translation>Quién / estado</translation>
    </message>
    <message>
        <source>A note about this asset…</source>
        <translation>Una nota sobre este activo…</translation>
    </message>
    <message>
        <source>Add &amp;note</source>
        <translation>Añadir &amp;nota</translation>
    </message>
    <message>
        <source>Serial number %1</source>
        <translation>N.º de serie %1</translation>
    </message>
    <message>
        <source>installed on %1</source>
        <translation>instalado el %1</translation>
    </message>
    <message>
        <source>warranty until %1</source>
        <translation>garantía hasta el %1</translation>
    </message>
    <message>
        <source>Add &amp;photo…</source>
        <translation>Añadir &amp;foto…</translation>
    </message>
    <message>
        <source>Add a photo of the asset</source>
        <translation>Añadir una foto del activo</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png)</source>
        <translation>Imágenes (*.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <source>%1 is too large for a photo (at most %2 MB).</source>
        <translation>%1 es demasiado grande para una foto (como máximo %2 MB).</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>No se pudo leer %1: %2</translation>
    </message>
</context>
<context>
    <name>ordo::AssetLabelSheet</name>
    <message>
        <source>S/N %1</source>
        <translation>N/S %1</translation>
    </message>
    <message>
        <source>Asset %1</source>
        <translation>Activo %1</translation>
    </message>
    <message>
        <source>Asset labels</source>
        <translation>Etiquetas de activos</translation>
    </message>
</context>
<context>
    <name>ordo::AssetPhotoDialog</name>
    <message>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>This photo cannot be shown (%1).</source>
        <translation>Esta foto no se puede mostrar (%1).</translation>
    </message>
    <message>
        <source>added by %1 on %2</source>
        <translation>añadida por %1 el %2</translation>
    </message>
</context>
<context>
    <name>ordo::AssetRegistry</name>
    <message>
        <source>Installation</source>
        <translation>Instalación</translation>
    </message>
    <message>
        <source>Repair</source>
        <translation>Reparación</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>Mantenimiento</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <source>An asset needs a type (window, blind, boiler…).</source>
        <translation>Un activo necesita un tipo (ventana, persiana, caldera…).</translation>
    </message>
    <message>
        <source>A field of the asset is too long.</source>
        <translation>Un campo del activo es demasiado largo.</translation>
    </message>
    <message>
        <source>The warranty cannot end (%1) before the installation (%2).</source>
        <translation>La garantía no puede terminar (%1) antes de la instalación (%2).</translation>
    </message>
    <message>
        <source>There is no customer number %1.</source>
        <translation>No hay ningún cliente número %1.</translation>
    </message>
    <message>
        <source>That site is not one of this customer&apos;s.</source>
        <translation>Esa dirección de obra no es de este cliente.</translation>
    </message>
    <message>
        <source>Someone else changed or removed this asset meanwhile; nothing was saved. Open it again.</source>
        <translation>Otra persona ha cambiado o retirado este activo entretanto; no se ha guardado nada. Vuelva a abrirlo.</translation>
    </message>
    <message>
        <source>There is no asset number %1.</source>
        <translation>No hay ningún activo número %1.</translation>
    </message>
    <message>
        <source>Choose at least one line to register.</source>
        <translation>Elija al menos una línea para registrar.</translation>
    </message>
    <message>
        <source>There is no order number %1.</source>
        <translation>No hay ninguna orden número %1.</translation>
    </message>
    <message>
        <source>Order %1 is not completed: register its lines as installed once the work is done.</source>
        <translation>La orden %1 no está completada: registre sus líneas como instaladas cuando el trabajo esté hecho.</translation>
    </message>
    <message>
        <source>Order %1 has no line %2.</source>
        <translation>La orden %1 no tiene línea %2.</translation>
    </message>
    <message>
        <source>Line %1 was chosen twice.</source>
        <translation>La línea %1 se ha elegido dos veces.</translation>
    </message>
    <message>
        <source>Line %1 of order %2 is registered already; nothing was registered.</source>
        <translation>La línea %1 de la orden %2 ya está registrada; no se ha registrado nada.</translation>
    </message>
    <message>
        <source>There is no such asset or order.</source>
        <translation>No existe ese activo o esa orden.</translation>
    </message>
    <message>
        <source>The asset belongs to another customer than the order.</source>
        <translation>El activo es de otro cliente que el de la orden.</translation>
    </message>
    <message>
        <source>The note is empty.</source>
        <translation>La nota está vacía.</translation>
    </message>
    <message>
        <source>The note is too long.</source>
        <translation>La nota es demasiado larga.</translation>
    </message>
    <message>
        <source>A photo must be a JPEG or PNG image.</source>
        <translation>Una foto debe ser una imagen JPEG o PNG.</translation>
    </message>
    <message>
        <source>A photo must be more than nothing and at most %1 MB.</source>
        <translation>Una foto no puede estar vacía y ocupa como mucho %1 MB.</translation>
    </message>
    <message>
        <source>There is no photo number %1.</source>
        <translation>No hay ninguna foto número %1.</translation>
    </message>
    <message>
        <source>Registered: %1</source>
        <translation>Registrado: %1</translation>
    </message>
    <message>
        <source>Customer&apos;s signature</source>
        <translation>Firma del cliente</translation>
    </message>
    <message>
        <source>Photo from the visit</source>
        <translation>Foto de la visita</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
</context>
<context>
    <name>ordo::AssetStatsPage</name>
    <message>
        <source>Type and model</source>
        <translation>Tipo y modelo</translation>
    </message>
    <message>
        <source>Installed</source>
        <translation>Instalados</translation>
    </message>
    <message>
        <source>Repairs</source>
        <translation>Reparaciones</translation>
    </message>
    <message>
        <source>Repairs per asset</source>
        <translation>Reparaciones por activo</translation>
    </message>
    <message>
        <source>Under warranty</source>
        <translation>En garantía</translation>
    </message>
    <message>
        <source>Median days to first repair</source>
        <translation>Mediana de días hasta la primera reparación</translation>
    </message>
    <message>
        <source>Failures by type and model</source>
        <translation>Averías por tipo y modelo</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Dirección de obra</translation>
    </message>
    <message>
        <source>Warranty until</source>
        <translation>Garantía hasta</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Días restantes</translation>
    </message>
    <message>
        <source>Warranties ending in the next 90 days</source>
        <translation>Garantías que terminan en los próximos 90 días</translation>
    </message>
    <message>
        <source>Age (days)</source>
        <translation>Antigüedad (días)</translation>
    </message>
    <message>
        <source>Typical first failure (days)</source>
        <translation>Primera avería típica (días)</translation>
    </message>
    <message>
        <source>Past the typical age of first failure, with no repair and no order in the last year</source>
        <translation>Pasada la edad típica de primera avería, sin reparaciones ni órdenes en el último año</translation>
    </message>
    <message>
        <source>What the history teaches</source>
        <translation>Lo que enseña el historial</translation>
    </message>
    <message>
        <source>Repairs per 100 installed</source>
        <translation>Reparaciones por cada 100 instalados</translation>
    </message>
    <message>
        <source>Repairs per 100 installed assets, by type and model</source>
        <translation>Reparaciones por cada 100 activos instalados, por tipo y modelo</translation>
    </message>
    <message>
        <source>No asset is registered yet. When an order&apos;s work is completed, register its lines as installed (ordo-cli assets register ORDER): their repairs, warranties and ages show here.</source>
        <translation>Todavía no hay ningún activo registrado. Cuando el trabajo de una orden esté terminado, registre sus líneas como instaladas (ordo-cli assets register ORDEN): aquí aparecerán sus reparaciones, garantías y antigüedad.</translation>
    </message>
    <message>
        <source>Make orders for these…</source>
        <translation>Crear órdenes para estos…</translation>
    </message>
    <message>
        <source>A maintenance order per site for the selected rows, or for every row when none is selected.</source>
        <translation>Una orden de mantenimiento por dirección para las filas seleccionadas, o para todas si no hay ninguna seleccionada.</translation>
    </message>
    <message>
        <source>Check before the warranty ends</source>
        <translation>Revisión antes de que acabe la garantía</translation>
    </message>
    <message>
        <source>Preventive maintenance</source>
        <translation>Mantenimiento preventivo</translation>
    </message>
    <message>
        <source>Make maintenance orders</source>
        <translation>Crear órdenes de mantenimiento</translation>
    </message>
    <message numerus="yes">
        <source>Make a maintenance order “%1” per site for %n asset(s), due on %2? Each goes to the step that books the visit.</source>
        <translation>
            <numerusform>¿Crear una orden de mantenimiento «%1» por dirección para %n activo, con vencimiento el %2? Cada una pasa al paso que reserva la visita.</numerusform>
            <numerusform>¿Crear una orden de mantenimiento «%1» por dirección para %n activos, con vencimiento el %2? Cada una pasa al paso que reserva la visita.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) made: %1.</source>
        <translation>
            <numerusform>%n orden creada: %1.</numerusform>
            <numerusform>%n órdenes creadas: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>No order was made.</source>
        <translation>No se ha creado ninguna orden.</translation>
    </message>
    <message numerus="yes">
        <source>%n asset(s) left out: an open order already names them.</source>
        <translation>
            <numerusform>%n activo omitido: ya lo nombra una orden abierta.</numerusform>
            <numerusform>%n activos omitidos: ya los nombra una orden abierta.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ordo::AssetsPanel</name>
    <message>
        <source>Registered</source>
        <translation>Registrado</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Orden</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visita</translation>
    </message>
    <message>
        <source>Order note</source>
        <translation>Nota de la orden</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Historial…</translation>
    </message>
    <message>
        <source>Print &amp;labels…</source>
        <translation>Imprimir &amp;etiquetas…</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Size / specification</source>
        <translation>Medidas / especificación</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>N.º de serie</translation>
    </message>
    <message>
        <source>Installed</source>
        <translation>Instalados</translation>
    </message>
    <message>
        <source>Warranty until</source>
        <translation>Garantía hasta</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Dirección de obra</translation>
    </message>
    <message>
        <source>Save the label sheet</source>
        <translation>Guardar la hoja de etiquetas</translation>
    </message>
    <message>
        <source>Labels.pdf</source>
        <translation>Etiquetas.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Assets</source>
        <translation>Activos</translation>
    </message>
    <message>
        <source>The warranty ends within 90 days.</source>
        <translation>La garantía termina en menos de 90 días.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>No se ha podido escribir %1: %2</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Añadir…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>&amp;Register from an order…</source>
        <translation>&amp;Registrar desde una orden…</translation>
    </message>
    <message>
        <source>Maintenance &amp;plans…</source>
        <translation>&amp;Planes de mantenimiento…</translation>
    </message>
    <message>
        <source>No assets registered at this customer&apos;s sites. Register a completed order&apos;s lines as installed, add one by hand, or import them.</source>
        <translation>No hay activos registrados en las direcciones de este cliente. Registre como instaladas las líneas de una orden terminada, añada uno a mano o impórtelos.</translation>
    </message>
</context>
<context>
    <name>ordo::Backup</name>
    <message>
        <source>%1 is not an Ordo database.</source>
        <translation>%1 no es una base de datos de Ordo.</translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation>%1 está dañado: %2</translation>
    </message>
    <message>
        <source>A backup cannot be taken in the middle of saving.</source>
        <translation>No se puede hacer una copia de seguridad mientras se está guardando.</translation>
    </message>
    <message>
        <source>The backup folder %1 could not be created.</source>
        <translation>No se pudo crear la carpeta de copias de seguridad %1.</translation>
    </message>
    <message>
        <source>The backup to %1 failed: %2</source>
        <translation>Falló la copia de seguridad en %1: %2</translation>
    </message>
    <message>
        <source>The backup was written but did not verify, so it was removed: %1</source>
        <translation>La copia de seguridad se escribió pero no superó la verificación, así que se ha borrado: %1</translation>
    </message>
    <message>
        <source>The backup could not be named %1.</source>
        <translation>No se pudo dar a la copia de seguridad el nombre %1.</translation>
    </message>
    <message>
        <source>There is no backup at %1.</source>
        <translation>No hay ninguna copia de seguridad en %1.</translation>
    </message>
    <message>
        <source>The old backup %1 could not be removed.</source>
        <translation>No se pudo borrar la copia de seguridad antigua %1.</translation>
    </message>
    <message>
        <source>Say where to restore the backup.</source>
        <translation>Indique dónde restaurar la copia de seguridad.</translation>
    </message>
    <message>
        <source>A backup cannot be restored onto itself.</source>
        <translation>Una copia de seguridad no se puede restaurar sobre sí misma.</translation>
    </message>
    <message>
        <source>The backup was not restored: %1</source>
        <translation>No se ha restaurado la copia de seguridad: %1</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>La carpeta %1 no existe.</translation>
    </message>
    <message>
        <source>The backup could not be restored to %1: %2</source>
        <translation>No se pudo restaurar la copia de seguridad en %1: %2</translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file.</source>
        <translation>%1 es una carpeta, no un archivo de base de datos.</translation>
    </message>
    <message>
        <source>%1 already exists and was left as it was. Restore to a new file, or replace it (the current one is kept aside first).</source>
        <translation>%1 ya existe y se ha dejado tal como estaba. Restaure en un archivo nuevo o reemplácelo (antes se guarda aparte la base de datos actual).</translation>
    </message>
    <message>
        <source>The current database could not be kept aside in %1, so nothing was restored: %2</source>
        <translation>No se pudo guardar aparte la base de datos actual en %1, así que no se ha restaurado nada: %2</translation>
    </message>
    <message>
        <source>The backup could not be restored to %1 (%2); the database kept aside is %3.</source>
        <translation>No se pudo restaurar la copia de seguridad en %1 (%2); la base de datos guardada aparte es %3.</translation>
    </message>
    <message>
        <source>The restored database did not verify: %1. The database kept aside is %2.</source>
        <translation>La base de datos restaurada no superó la verificación: %1. La base de datos guardada aparte es %2.</translation>
    </message>
    <message>
        <source>%1 already exists.</source>
        <translation>%1 ya existe.</translation>
    </message>
    <message>
        <source>%1 could not be renamed to %2.</source>
        <translation>No se pudo cambiar el nombre de %1 a %2.</translation>
    </message>
    <message>
        <source>%1 is in use by another program (another Ordo, ordo-cli, the company server). Close them, then try again; the file was left as it was.</source>
        <translation>%1 lo está usando otro programa (otro Ordo, ordo-cli, el servidor de la empresa). Ciérrelos y vuelva a intentarlo; el archivo se ha dejado tal como estaba.</translation>
    </message>
    <message>
        <source>A server&apos;s backup (.dump) is restored into a new database on a server (postgresql://…), and a file&apos;s backup into a file.</source>
        <translation>La copia de un servidor (.dump) se restaura en una base nueva de un servidor (postgresql://…), y la copia de un archivo, en un archivo.</translation>
    </message>
    <message>
        <source>On a server a backup is restored into a new database, never over the one in use: create a new database, restore into it, then point the PCs at it.</source>
        <translation>En un servidor una copia se restaura en una base nueva, nunca sobre la que está en uso: cree una base nueva, restaure en ella y después apunte los PC a ella.</translation>
    </message>
    <message>
        <source>%1 is not installed (Debian package postgresql-client-15).</source>
        <translation>%1 no está instalado (paquete de Debian postgresql-client-15).</translation>
    </message>
    <message>
        <source>%1 could not be started: %2</source>
        <translation>No se pudo iniciar %1: %2</translation>
    </message>
    <message>
        <source>The backup of %1 failed: %2</source>
        <translation>Falló la copia de seguridad de %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a readable database dump: %2</source>
        <translation>%1 no es un volcado de base de datos legible: %2</translation>
    </message>
    <message>
        <source>%1 is not empty: a backup is restored into a new, empty database only (create one with createdb). Nothing was changed.</source>
        <translation>%1 no está vacía: una copia solo se restaura en una base nueva y vacía (créela con createdb). No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>The backup could not be restored into %1: %2</source>
        <translation>No se pudo restaurar la copia en %1: %2</translation>
    </message>
    <message>
        <source>The backup was restored, but the database does not open: %1</source>
        <translation>La copia se ha restaurado, pero la base de datos no se abre: %1</translation>
    </message>
    <message>
        <source>The backup was restored to %1, but the other programs that have it open may show old lists until they are restarted: %2</source>
        <translation>La copia se ha restaurado en %1, pero los demás programas que la tienen abierta pueden mostrar listas antiguas hasta que se reinicien: %2</translation>
    </message>
</context>
<context>
    <name>ordo::BackupSettingsDialog</name>
    <message>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Carpeta de copias de seguridad</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Carpeta:</translation>
    </message>
    <message>
        <source>Daily backups kept:</source>
        <translation>Copias diarias que se guardan:</translation>
    </message>
    <message>
        <source>Weekly backups kept:</source>
        <translation>Copias semanales que se guardan:</translation>
    </message>
    <message>
        <source>Monthly backups kept:</source>
        <translation>Copias mensuales que se guardan:</translation>
    </message>
    <message>
        <source>Empty: a “backups” folder beside the database. A USB disk or a shared folder is a good place for backups; the database itself stays on this computer. These settings are for this computer only.</source>
        <translation>Vacío: una carpeta «backups» junto a la base de datos. Un disco USB o una carpeta compartida son un buen sitio para las copias; la base de datos se queda en este ordenador. Esta configuración es solo para este ordenador.</translation>
    </message>
</context>
<context>
    <name>ordo::BarChartView</name>
    <message>
        <source>This chart cannot be drawn: %1. Reinstall Ordo; the tables show every figure.</source>
        <translation>No se puede dibujar este gráfico: %1. Vuelva a instalar Ordo; las tablas muestran todas las cifras.</translation>
    </message>
    <message>
        <source>the charts plugin made no chart</source>
        <translation>el complemento de gráficos no creó ningún gráfico</translation>
    </message>
</context>
<context>
    <name>ordo::Billing</name>
    <message>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Emitida</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviada</translation>
    </message>
    <message>
        <source>Unpaid</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Partly paid</source>
        <translation>Cobrada en parte</translation>
    </message>
    <message>
        <source>Paid</source>
        <comment>invoice</comment>
        <translation>Cobrado</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Vencida</translation>
    </message>
    <message>
        <source>The whole job</source>
        <translation>El trabajo completo</translation>
    </message>
    <message>
        <source>Part of the job</source>
        <translation>Parte del trabajo</translation>
    </message>
    <message>
        <source>Advance payment</source>
        <translation>Anticipo</translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation>Transferencia bancaria</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Tarjeta</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Efectivo</translation>
    </message>
    <message>
        <source>Cheque</source>
        <translation>Cheque</translation>
    </message>
    <message>
        <source>Direct debit</source>
        <translation>Domiciliación</translation>
    </message>
</context>
<context>
    <name>ordo::BoardModel</name>
    <message>
        <source>Responsible now: %1</source>
        <translation>Responsable ahora: %1</translation>
    </message>
    <message>
        <source>Assigned to: %1</source>
        <translation>Asignada a: %1</translation>
    </message>
</context>
<context>
    <name>ordo::BoardService</name>
    <message>
        <source>There is no work order with id %1.</source>
        <translation>No existe la orden de trabajo con id %1.</translation>
    </message>
</context>
<context>
    <name>ordo::BoardView</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hora</numerusform>
            <numerusform>%n horas</numerusform>
        </translation>
    </message>
    <message>
        <source>Any priority</source>
        <translation>Cualquier prioridad</translation>
    </message>
    <message>
        <source>High or urgent</source>
        <translation>Alta o urgente</translation>
    </message>
    <message>
        <source>Urgent only</source>
        <translation>Solo urgentes</translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation>Solo vencidas</translation>
    </message>
    <message>
        <source>Ctrl+M</source>
        <translation>Ctrl+M</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Sin asignar</translation>
    </message>
    <message>
        <source>Any job type</source>
        <translation>Cualquier tipo de trabajo</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>latest %1 of %2</source>
        <translation>últimas %1 de %2</translation>
    </message>
    <message>
        <source>target %1</source>
        <translation>plazo %1</translation>
    </message>
    <message>
        <source>More orders than the limit of %1 for this step.</source>
        <translation>Más órdenes que el límite de %1 para este paso.</translation>
    </message>
    <message numerus="yes">
        <source>%n open order(s) shown</source>
        <translation>
            <numerusform>%n orden abierta a la vista</numerusform>
            <numerusform>%n órdenes abiertas a la vista</numerusform>
        </translation>
    </message>
    <message>
        <source>Move %1 to “%2”</source>
        <translation>Mover %1 a «%2»</translation>
    </message>
    <message>
        <source>Move not possible</source>
        <translation>No se puede mover</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>Abrir %1</translation>
    </message>
    <message>
        <source>Move to</source>
        <translation>Mover a</translation>
    </message>
    <message>
        <source>latest %1</source>
        <translation>últimas %1</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>The board could not be read: %1</source>
        <translation>No se pudo leer el tablero: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 still has %n visit(s) to come:</source>
        <translation>
            <numerusform>%1 aún tiene %n visita pendiente:</numerusform>
            <numerusform>%1 aún tiene %n visitas pendientes:</numerusform>
        </translation>
    </message>
    <message>
        <source>Moving it to “%1” cancels them: they leave the calendar and the route sheets, and undoing the move does not book them again. Move it?</source>
        <translation>Al pasarla a «%1» se anulan: desaparecen del calendario y de las hojas de ruta, y deshacer el cambio no las vuelve a reservar. ¿Pasarla?</translation>
    </message>
    <message>
        <source>Cancel the visits?</source>
        <translation>¿Anular las visitas?</translation>
    </message>
    <message>
        <source>Finds cards as the Orders search does (number, customer, phone, address, title), and by the person who has them; accents do not matter. Tab goes on to the cards.</source>
        <translation>Encuentra las tarjetas como la búsqueda de Órdenes (número, cliente, teléfono, dirección, título) y por la persona que las tiene; los acentos no importan. Tab pasa a las tarjetas.</translation>
    </message>
    <message>
        <source>Ctrl+Shift+M</source>
        <translation>Ctrl+Shift+M</translation>
    </message>
    <message>
        <source>%1 has no next step: from “%2” the process map goes on to no other step. Ctrl+M shows where it can go.</source>
        <translation>%1 no tiene paso siguiente: desde «%2» el mapa del proceso no sigue a ningún otro paso. Ctrl+M muestra adónde puede ir.</translation>
    </message>
    <message>
        <source>On to “%1”</source>
        <translation>Pasar a «%1»</translation>
    </message>
    <message>
        <source>Filter: number, name, phone…</source>
        <translation>Filtrar: número, nombre, teléfono…</translation>
    </message>
</context>
<context>
    <name>ordo::BookingSettings</name>
    <message>
        <source>The page&apos;s colour must be written as #rrggbb, e.g. #1d5fa8.</source>
        <translation>El color de la página se escribe como #rrggbb, p. ej. #1d5fa8.</translation>
    </message>
    <message>
        <source>Offer at least one kind of job on the booking page.</source>
        <translation>Ofrezca al menos un tipo de trabajo en la página de reservas.</translation>
    </message>
    <message>
        <source>Write the allowed web sites as addresses like https://www.example.com, separated by spaces.</source>
        <translation>Escriba los sitios web permitidos como direcciones del tipo https://www.ejemplo.com, separadas por espacios.</translation>
    </message>
    <message>
        <source>“%1” is not a day: write the closed days as 25/12/2026, separated by commas.</source>
        <translation>«%1» no es un día: escriba los días cerrados como 25/12/2026, separados por comas.</translation>
    </message>
</context>
<context>
    <name>ordo::BookingSettingsDialog</name>
    <message>
        <source>Booking page</source>
        <translation>Página de reservas</translation>
    </message>
    <message>
        <source>Customers can book their estimate visit online</source>
        <translation>Los clientes pueden reservar en línea su visita de presupuesto</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Español</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Inglés</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>The Spanish name is what the new order&apos;s job type says; English-speaking customers see the English one (the Spanish one when it is empty).</source>
        <translation>El nombre en español es el tipo de trabajo de la orden nueva; los clientes que leen en inglés ven el nombre en inglés (el español si está vacío).</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>The page</source>
        <translation>La página</translation>
    </message>
    <message>
        <source>Kinds of job:</source>
        <translation>Tipos de trabajo:</translation>
    </message>
    <message>
        <source>Colour:</source>
        <translation>Color:</translation>
    </message>
    <message>
        <source>Times offered</source>
        <translation>Horas ofrecidas</translation>
    </message>
    <message>
        <source>Length of a visit:</source>
        <translation>Duración de una visita:</translation>
    </message>
    <message>
        <source>Bookable up to:</source>
        <translation>Se puede reservar hasta:</translation>
    </message>
    <message>
        <source>Not sooner than:</source>
        <translation>No antes de:</translation>
    </message>
    <message>
        <source>Times shown per search:</source>
        <translation>Horas mostradas por búsqueda:</translation>
    </message>
    <message>
        <source>Change or cancel link works for:</source>
        <translation>El enlace para cambiar o anular sirve durante:</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> minutos</translation>
    </message>
    <message numerus="yes">
        <source> day(s) ahead</source>
        <translation>
            <numerusform> día de antelación</numerusform>
            <numerusform> días de antelación</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> hour(s) from now</source>
        <translation>
            <numerusform> hora desde ahora</numerusform>
            <numerusform> horas desde ahora</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> day(s)</source>
        <translation>
            <numerusform> día</numerusform>
            <numerusform> días</numerusform>
        </translation>
    </message>
    <message>
        <source>Privacy notice next to the consent box</source>
        <translation>Aviso de privacidad junto a la casilla de consentimiento</translation>
    </message>
    <message>
        <source>Spanish:</source>
        <translation>Español:</translation>
    </message>
    <message>
        <source>English:</source>
        <translation>Inglés:</translation>
    </message>
    <message>
        <source>Empty: Ordo&apos;s default text (shown in grey) with the company&apos;s name.</source>
        <translation>Vacío: el texto de Ordo (en gris) con el nombre de la empresa.</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Nadie</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <source>The company&apos;s web site</source>
        <translation>La web de la empresa</translation>
    </message>
    <message>
        <source>Web sites that may show the booking page in a frame (iframe) of their own pages, separated by spaces, e.g. https://www.example.com.</source>
        <translation>Webs que pueden mostrar la página de reservas en un marco (iframe) de sus propias páginas, separadas por espacios, p. ej. https://www.example.com.</translation>
    </message>
    <message>
        <source>May ask for free times:</source>
        <translation>Puede pedir las horas libres:</translation>
    </message>
    <message>
        <source>A web site whose own pages may ask the booking page for free times and send bookings (CORS), e.g. https://www.example.com.</source>
        <translation>Una web cuyas páginas pueden pedir a la página de reservas las horas libres y enviar reservas (CORS), p. ej. https://www.example.com.</translation>
    </message>
    <message>
        <source>Customers book at the address where ordo-server runs (see the README).</source>
        <translation>Los clientes reservan en la dirección donde funciona ordo-server (véase el README).</translation>
    </message>
    <message>
        <source>The page&apos;s colour</source>
        <translation>El color de la página</translation>
    </message>
    <message>
        <source>The kind of job “%1” needs its Spanish name: it is what the order&apos;s job type says.</source>
        <translation>El tipo de trabajo «%1» necesita su nombre en español: es el tipo de trabajo que pone en la orden.</translation>
    </message>
    <message>
        <source>A kind of job cannot contain “|”: “%1”.</source>
        <translation>Un tipo de trabajo no puede contener «|»: «%1».</translation>
    </message>
    <message>
        <source>The booking page&apos;s settings have changes that are not saved.</source>
        <translation>La configuración de la página de reservas tiene cambios sin guardar.</translation>
    </message>
    <message>
        <source>May embed the page:</source>
        <translation>Pueden incrustar la página:</translation>
    </message>
    <message>
        <source>e.g. 08/12/2026, 25/12/2026, 01/01/2027</source>
        <translation>p. ej. 08/12/2026, 25/12/2026, 01/01/2027</translation>
    </message>
    <message>
        <source>Closed days (holidays):</source>
        <translation>Días cerrados (festivos):</translation>
    </message>
    <message>
        <source>The link in the confirmation never works after the visit has started. The times come from the salespeople&apos;s working hours and visits, for the postcode the customer types; the visit is assigned as Settings › Automatic assignment says. No time is offered on a closed day.</source>
        <translation>El enlace de la confirmación nunca sirve una vez empezada la visita. Las horas salen del horario y las visitas de los comerciales, para el código postal que escribe el cliente; la visita se asigna según Configuración › Asignación automática. En un día cerrado no se ofrece ninguna hora.</translation>
    </message>
</context>
<context>
    <name>ordo::BulkInsert</name>
    <message>
        <source>Could not prepare a bulk insert</source>
        <translation>No se pudo preparar una inserción masiva</translation>
    </message>
    <message>
        <source>Could not write a row</source>
        <translation>No se pudo escribir una fila</translation>
    </message>
</context>
<context>
    <name>ordo::CalendarView</name>
    <message>
        <source>‹</source>
        <translation>‹</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>›</source>
        <translation>›</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semana</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <source>Day by person</source>
        <translation>Día por persona</translation>
    </message>
    <message>
        <source>Every kind</source>
        <translation>Todos los tipos</translation>
    </message>
    <message>
        <source>Route sheet…</source>
        <translation>Hoja de ruta…</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendario</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>y %n más</numerusform>
            <numerusform>y %n más</numerusform>
        </translation>
    </message>
    <message>
        <source>Check this booking</source>
        <translation>Revise esta cita</translation>
    </message>
    <message>
        <source>%1

Book it anyway?</source>
        <translation>%1

¿Reservarla de todos modos?</translation>
    </message>
    <message>
        <source>Not moved</source>
        <translation>No se ha movido</translation>
    </message>
    <message>
        <source>Not booked</source>
        <translation>No se ha reservado</translation>
    </message>
    <message>
        <source>Book a visit</source>
        <translation>Reservar una visita</translation>
    </message>
    <message>
        <source>Choose whose calendar first (the person list above, or the day-by-person view).</source>
        <translation>Elija antes de quién es el calendario (la lista de personas de arriba o la vista de día por persona).</translation>
    </message>
    <message>
        <source>Order number for %1 – %2 (for a new customer, use New call):</source>
        <translation>Número de orden para %1 – %2 (para un cliente nuevo, use Nueva llamada):</translation>
    </message>
    <message>
        <source>Route sheet</source>
        <translation>Hoja de ruta</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>No se pudo escribir %1.</translation>
    </message>
    <message>
        <source>Choose the person in the list first.</source>
        <translation>Elija antes a la persona en la lista.</translation>
    </message>
    <message>
        <source>Print preview…</source>
        <translation>Vista previa de impresión…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Guardar como PDF…</translation>
    </message>
    <message>
        <source>Save route sheet</source>
        <translation>Guardar hoja de ruta</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>For the phone (ICS)…</source>
        <translation>Para el teléfono (ICS)…</translation>
    </message>
    <message>
        <source>Calendar file</source>
        <translation>Archivo de calendario</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>Archivos iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>Ordo — %1</source>
        <translation>Ordo — %1</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Mostrar:</translation>
    </message>
    <message>
        <source>Show or hide %1&apos;s visits</source>
        <translation>Mostrar u ocultar las visitas de %1</translation>
    </message>
    <message>
        <source>%1 has no visits on the days shown.</source>
        <translation>%1 no tiene visitas en los días mostrados.</translation>
    </message>
    <message>
        <source>Nobody has visits on the days shown.</source>
        <translation>Nadie tiene visitas en los días mostrados.</translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>%n persona</numerusform>
            <numerusform>%n personas</numerusform>
        </translation>
    </message>
    <message>
        <source>Print the route sheet of %1, or save it as a PDF?</source>
        <translation>¿Imprimir la hoja de ruta de %1 o guardarla como PDF?</translation>
    </message>
</context>
<context>
    <name>ordo::CardDelegate</name>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 d</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Sin asignar</translation>
    </message>
</context>
<context>
    <name>ordo::Catalogue</name>
    <message>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <source>A catalogue item needs a code.</source>
        <translation>Un artículo del catálogo necesita un código.</translation>
    </message>
    <message>
        <source>The code “%1” is too long (40 characters at most).</source>
        <translation>El código «%1» es demasiado largo (40 caracteres como máximo).</translation>
    </message>
    <message>
        <source>The item %1 needs a description.</source>
        <translation>El artículo %1 necesita una descripción.</translation>
    </message>
    <message>
        <source>The price of %1 cannot be negative.</source>
        <translation>El precio de %1 no puede ser negativo.</translation>
    </message>
    <message>
        <source>The VAT of %1 must be 21, 10, 4 or 0 %.</source>
        <translation>El IVA de %1 debe ser 21, 10, 4 o 0 %.</translation>
    </message>
    <message>
        <source>The item %1 needs a unit (ud, h, m²…).</source>
        <translation>El artículo %1 necesita una unidad (ud, h, m²…).</translation>
    </message>
    <message>
        <source>The catalogue item %1</source>
        <extracomment>The subject of &quot;%1 was changed by someone else meanwhile…&quot;</extracomment>
        <translation>El artículo del catálogo %1</translation>
    </message>
    <message>
        <source>There is already an item with the code %1: %2.</source>
        <translation>Ya hay un artículo con el código %1: %2.</translation>
    </message>
    <message>
        <source>There is no catalogue item number %1.</source>
        <translation>No hay ningún artículo del catálogo número %1.</translation>
    </message>
    <message>
        <source>The file is larger than a price list can be (4 MB at most).</source>
        <translation>El archivo es más grande de lo que puede ser una tarifa (4 MB como máximo).</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text: save it from the spreadsheet as “CSV UTF-8”.</source>
        <translation>El archivo no es texto UTF-8: guárdelo desde la hoja de cálculo como «CSV UTF-8».</translation>
    </message>
    <message>
        <source>The file is empty: it needs a header row and one row per item.</source>
        <translation>El archivo está vacío: necesita una fila de cabecera y una fila por artículo.</translation>
    </message>
    <message>
        <source>Line %1: the column “%2” is not one Ordo knows (code, description, price, VAT, unit, kind, active).</source>
        <translation>Línea %1: la columna «%2» no es ninguna que Ordo conozca (código, descripción, precio, IVA, unidad, tipo, activo).</translation>
    </message>
    <message>
        <source>code</source>
        <translation>código</translation>
    </message>
    <message>
        <source>description</source>
        <translation>descripción</translation>
    </message>
    <message>
        <source>price</source>
        <translation>precio</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>IVA</translation>
    </message>
    <message>
        <source>Line %1: the header has no column “%2”.</source>
        <translation>Línea %1: la cabecera no tiene la columna «%2».</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Línea %1: %2</translation>
    </message>
    <message>
        <source>the code is empty.</source>
        <translation>el código está vacío.</translation>
    </message>
    <message>
        <source>the code %1 is already on line %2.</source>
        <translation>el código %1 ya está en la línea %2.</translation>
    </message>
    <message>
        <source>the price “%1” is not an amount in euros.</source>
        <translation>el precio «%1» no es un importe en euros.</translation>
    </message>
    <message>
        <source>the VAT “%1” is not 21, 10, 4 or 0 %.</source>
        <translation>el IVA «%1» no es 21, 10, 4 o 0 %.</translation>
    </message>
    <message>
        <source>the kind “%1” is neither product nor service.</source>
        <translation>el tipo «%1» no es ni producto ni servicio.</translation>
    </message>
    <message>
        <source>active must be yes or no, not “%1”.</source>
        <translation>activo debe ser sí o no, no «%1».</translation>
    </message>
    <message>
        <source>The file has a header but no items.</source>
        <translation>El archivo tiene cabecera pero ningún artículo.</translation>
    </message>
</context>
<context>
    <name>ordo::CatalogueDialog</name>
    <message>
        <source>Price catalogue</source>
        <translation>Catálogo de precios</translation>
    </message>
    <message>
        <source>Search by code or description</source>
        <translation>Buscar por código o descripción</translation>
    </message>
    <message>
        <source>Show &amp;inactive items</source>
        <translation>Mostrar artículos &amp;inactivos</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <source>Price before VAT</source>
        <translation>Precio sin IVA</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>IVA</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Añadir…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Desactivar</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Importar CSV…</translation>
    </message>
    <message>
        <source>A CSV file in UTF-8 with a header row: code, description, price, VAT and optionally unit, kind (product or service) and active. Existing codes are updated.</source>
        <translation>Un archivo CSV en UTF-8 con una fila de cabecera: código, descripción, precio, IVA y, si se quiere, unidad, tipo (producto o servicio) y activo. Los códigos que ya existen se actualizan.</translation>
    </message>
    <message>
        <source>Changing the catalogue needs the permission “%1”.</source>
        <translation>Para cambiar el catálogo hace falta el permiso «%1».</translation>
    </message>
    <message>
        <source>Import a price catalogue</source>
        <translation>Importar un catálogo de precios</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt)</source>
        <translation>Archivos CSV (*.csv *.txt)</translation>
    </message>
    <message>
        <source>The catalogue is empty: add items or import a CSV file.</source>
        <translation>El catálogo está vacío: añada artículos o importe un archivo CSV.</translation>
    </message>
    <message>
        <source>No active item matches “%1”.</source>
        <translation>Ningún artículo activo coincide con «%1».</translation>
    </message>
    <message>
        <source>Inactive: no longer offered in the lines</source>
        <translation>Inactivo: ya no se ofrece en las líneas</translation>
    </message>
    <message>
        <source>Re&amp;activate</source>
        <translation>Re&amp;activar</translation>
    </message>
    <message>
        <source>%1 is offered again in the lines.</source>
        <translation>%1 vuelve a ofrecerse en las líneas.</translation>
    </message>
    <message>
        <source>%1 is no longer offered in the lines; it stays in the catalogue.</source>
        <translation>%1 ya no se ofrece en las líneas; sigue en el catálogo.</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>No se pudo leer %1: %2</translation>
    </message>
    <message>
        <source>Nothing was imported from %1.
%2</source>
        <translation>No se ha importado nada de %1.
%2</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) added</source>
        <translation>
            <numerusform>%n artículo añadido</numerusform>
            <numerusform>%n artículos añadidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated.</source>
        <translation>
            <numerusform>%n actualizado.</numerusform>
            <numerusform>%n actualizados.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ordo::CatalogueItemDialog</name>
    <message>
        <source>Catalogue item %1</source>
        <translation>Artículo del catálogo %1</translation>
    </message>
    <message>
        <source>New catalogue item</source>
        <translation>Nuevo artículo del catálogo</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Código:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Descripción:</translation>
    </message>
    <message>
        <source>&amp;Price before VAT (€):</source>
        <translation>&amp;Precio sin IVA (€):</translation>
    </message>
    <message>
        <source>&amp;VAT:</source>
        <translation>&amp;IVA:</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Unidad:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>The price “%1” is not an amount in euros.</source>
        <translation>El precio «%1» no es un importe en euros.</translation>
    </message>
</context>
<context>
    <name>ordo::ChangeWatcher</name>
    <message>
        <source>Could not watch the database for changes</source>
        <translation>No se pudo vigilar la base de datos en busca de cambios</translation>
    </message>
</context>
<context>
    <name>ordo::ClearTextSecrets</name>
    <message>
        <source>The password read back from %1 is not the one written to it.</source>
        <translation>La contraseña leída de nuevo de %1 no es la que se guardó.</translation>
    </message>
</context>
<context>
    <name>ordo::Cli</name>
    <message>
        <source>Run “ordo-cli --help” for the list of commands.</source>
        <translation>Ejecute «ordo-cli --help» para ver la lista de órdenes.</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hora</numerusform>
            <numerusform>%n horas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minuto</numerusform>
            <numerusform>%n minutos</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a demo size with --size small, medium, large or huge.</source>
        <translation>Elija un tamaño de demostración con --size small, medium, large o huge.</translation>
    </message>
    <message>
        <source>--seed takes a whole number.</source>
        <translation>--seed necesita un número entero.</translation>
    </message>
    <message>
        <source>--today takes a date as YYYY-MM-DD.</source>
        <translation>--today necesita una fecha con el formato AAAA-MM-DD.</translation>
    </message>
    <message>
        <source>Generating demo data… %1 %</source>
        <translation>Generando datos de demostración… %1 %</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Base de datos: %1</translation>
    </message>
    <message>
        <source>Schema version: %1</source>
        <translation>Versión del esquema: %1</translation>
    </message>
    <message>
        <source>%1 is sound.</source>
        <translation>%1 está en buen estado.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found in %1.</source>
        <translation>
            <numerusform>%n problema encontrado en %1.</numerusform>
            <numerusform>%n problemas encontrados en %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — version %2</source>
        <translation>%1 — versión %2</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>nadie</translation>
    </message>
    <message>
        <source>responsible: %1</source>
        <translation>responsable: %1</translation>
    </message>
    <message>
        <source>target: %1</source>
        <translation>plazo: %1</translation>
    </message>
    <message>
        <source>handler: %1</source>
        <translation>acción: %1</translation>
    </message>
    <message>
        <source>--limit takes a whole number (0 for no limit).</source>
        <translation>--limit necesita un número entero (0 para no limitar).</translation>
    </message>
    <message>
        <source>“%1” is not a step of the process map. Its steps are: %2.</source>
        <translation>«%1» no es un paso del mapa del proceso. Sus pasos son: %2.</translation>
    </message>
    <message>
        <source>Showing %1 of %2 orders; use --limit to see more.</source>
        <translation>Se muestran %1 de %2 órdenes; use --limit para ver más.</translation>
    </message>
    <message>
        <source>Customer:    %1</source>
        <translation>Cliente:     %1</translation>
    </message>
    <message>
        <source>Site:        %1</source>
        <translation>Obra:        %1</translation>
    </message>
    <message>
        <source>Step:        %1 (since %2)</source>
        <translation>Paso:        %1 (desde %2)</translation>
    </message>
    <message>
        <source>Responsible: %1</source>
        <translation>Responsable: %1</translation>
    </message>
    <message>
        <source>Assignee:    %1</source>
        <translation>Asignada a:  %1</translation>
    </message>
    <message>
        <source>Priority:    %1</source>
        <translation>Prioridad:   %1</translation>
    </message>
    <message>
        <source>Due:         %1</source>
        <translation>Vence:       %1</translation>
    </message>
    <message>
        <source>Lines:</source>
        <translation>Líneas:</translation>
    </message>
    <message>
        <source>  VAT %1 on %2: %3</source>
        <translation>  IVA %1 sobre %2: %3</translation>
    </message>
    <message>
        <source>  Total: %1</source>
        <translation>  Total: %1</translation>
    </message>
    <message>
        <source>History:</source>
        <translation>Historial:</translation>
    </message>
    <message>
        <source>“%1” is not a step of the process map of %2. Its steps are: %3.</source>
        <translation>«%1» no es un paso del mapa del proceso de %2. Sus pasos son: %3.</translation>
    </message>
    <message>
        <source>%1 moved from “%2” to “%3”; responsible: %4.</source>
        <translation>%1 pasó de «%2» a «%3»; responsable: %4.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Muestra esta ayuda.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Muestra la versión.</translation>
    </message>
    <message>
        <source>The database file.</source>
        <translation>El archivo de la base de datos.</translation>
    </message>
    <message>
        <source>path</source>
        <translation>ruta</translation>
    </message>
    <message>
        <source>Print JSON instead of text.</source>
        <translation>Escribe JSON en lugar de texto.</translation>
    </message>
    <message>
        <source>Only orders in this step.</source>
        <translation>Solo las órdenes de este paso.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>Only open orders.</source>
        <translation>Solo las órdenes abiertas.</translation>
    </message>
    <message>
        <source>At most this many orders.</source>
        <translation>Como máximo este número de órdenes.</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>A note recorded with the change.</source>
        <translation>Una nota que se guarda con el cambio.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <source>Demo size.</source>
        <translation>Tamaño de la demostración.</translation>
    </message>
    <message>
        <source>size</source>
        <translation>tamaño</translation>
    </message>
    <message>
        <source>Demo seed.</source>
        <translation>Semilla de la demostración.</translation>
    </message>
    <message>
        <source>Demo date of today.</source>
        <translation>Fecha de «hoy» para la demostración.</translation>
    </message>
    <message>
        <source>date</source>
        <translation>fecha</translation>
    </message>
    <message>
        <source>Unknown command “%1”.</source>
        <translation>Orden desconocida «%1».</translation>
    </message>
    <message>
        <source>Say what kind of visit with --kind estimate, installation, repair or follow_up.</source>
        <translation>Indique el tipo de visita con --kind estimate, installation, repair o follow_up.</translation>
    </message>
    <message>
        <source>--after takes a local date and time as YYYY-MM-DDTHH:MM.</source>
        <translation>--after necesita una fecha y hora locales con el formato AAAA-MM-DDTHH:MM.</translation>
    </message>
    <message>
        <source>No free visit in the next days.</source>
        <translation>No hay ninguna visita libre en los próximos días.</translation>
    </message>
    <message>
        <source>calendar export needs --staff NAME, --from and --to as YYYY-MM-DD, and --out FILE.ics.</source>
        <translation>calendar export necesita --staff NOMBRE, --from y --to como AAAA-MM-DD, y --out ARCHIVO.ics.</translation>
    </message>
    <message>
        <source>--to must not be before --from.</source>
        <translation>--to no puede ser anterior a --from.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
    <message>
        <source>Ordo — %1</source>
        <translation>Ordo — %1</translation>
    </message>
    <message numerus="yes">
        <source>%n appointment(s) of %1 written to %2.</source>
        <translation>
            <numerusform>%n cita de %1 escrita en %2.</numerusform>
            <numerusform>%n citas de %1 escritas en %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Kind of visit.</source>
        <translation>Tipo de visita.</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>tipo</translation>
    </message>
    <message>
        <source>Postcode of the site.</source>
        <translation>Código postal de la obra.</translation>
    </message>
    <message>
        <source>code</source>
        <translation>código</translation>
    </message>
    <message>
        <source>Not before this local date and time.</source>
        <translation>No antes de esta fecha y hora locales.</translation>
    </message>
    <message>
        <source>datetime</source>
        <translation>fechahora</translation>
    </message>
    <message>
        <source>A staff member&apos;s name.</source>
        <translation>El nombre de un empleado.</translation>
    </message>
    <message>
        <source>First day.</source>
        <translation>Primer día.</translation>
    </message>
    <message>
        <source>Last day.</source>
        <translation>Último día.</translation>
    </message>
    <message>
        <source>File to write.</source>
        <translation>Archivo que escribir.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>archivo</translation>
    </message>
    <message>
        <source>Say what to do: demo, stats, check, workflow show, orders list|show|move, schedule suggest or calendar export.</source>
        <translation>Indique qué hacer: demo, stats, check, workflow show, orders list|show|move, schedule suggest o calendar export.</translation>
    </message>
    <message>
        <source>Invoice %1 issued to %2: %3.</source>
        <translation>Factura %1 emitida a %2: %3.</translation>
    </message>
    <message>
        <source>(draft)</source>
        <translation>(borrador)</translation>
    </message>
    <message>
        <source>%1: %2 paid of %3.</source>
        <translation>%1: cobrado %2 de %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n issued invoice(s) checked: none altered.</source>
        <translation>
            <numerusform>%n factura emitida comprobada: ninguna alterada.</numerusform>
            <numerusform>%n facturas emitidas comprobadas: ninguna alterada.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only invoices not paid in full.</source>
        <translation>Solo las facturas no cobradas del todo.</translation>
    </message>
    <message>
        <source>Amount in euros.</source>
        <translation>Importe en euros.</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>importe</translation>
    </message>
    <message>
        <source>method</source>
        <translation>forma</translation>
    </message>
    <message>
        <source>Say where to write the PDF with --out FILE.pdf.</source>
        <translation>Indique dónde escribir el PDF con --out ARCHIVO.pdf.</translation>
    </message>
    <message>
        <source>Invoice %1 written to %2.</source>
        <translation>Factura %1 escrita en %2.</translation>
    </message>
    <message>
        <source>Invoice %1 sent.</source>
        <translation>Factura %1 enviada.</translation>
    </message>
    <message>
        <source>Send to this address instead of the customer&apos;s.</source>
        <translation>Enviar a esta dirección en lugar de la del cliente.</translation>
    </message>
    <message>
        <source>address</source>
        <translation>dirección</translation>
    </message>
    <message>
        <source>   previous week %1, 4-week average %2</source>
        <translation>   semana anterior %1, media de 4 semanas %2</translation>
    </message>
    <message>
        <source>Week %1</source>
        <translation>Semana %1</translation>
    </message>
    <message>
        <source>Orders received</source>
        <translation>Órdenes recibidas</translation>
    </message>
    <message>
        <source>Orders completed</source>
        <translation>Órdenes terminadas</translation>
    </message>
    <message>
        <source>Orders cancelled</source>
        <translation>Órdenes canceladas</translation>
    </message>
    <message>
        <source>Open at the end</source>
        <translation>Abiertas al final</translation>
    </message>
    <message>
        <source>Invoiced</source>
        <translation>Facturado</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>Cobrado</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>Pendiente de cobro</translation>
    </message>
    <message>
        <source>   of which overdue %1</source>
        <translation>   del que vencido %1</translation>
    </message>
    <message>
        <source>ISO week, e.g. 2026-W48.</source>
        <translation>Semana ISO, p. ej. 2026-W48.</translation>
    </message>
    <message>
        <source>week</source>
        <translation>semana</translation>
    </message>
    <message>
        <source>No review is due.</source>
        <translation>No hay ninguna revisión pendiente.</translation>
    </message>
    <message>
        <source>Weekly report for %1 written to %2.</source>
        <translation>Informe semanal de %1 guardado en %2.</translation>
    </message>
    <message>
        <source>There is no process map yet.</source>
        <translation>Todavía no hay mapa del proceso.</translation>
    </message>
    <message>
        <source>--map-version takes the number of a version of the process map, such as 1.</source>
        <translation>--map-version necesita el número de una versión del mapa del proceso, por ejemplo 1.</translation>
    </message>
    <message>
        <source>%1, version %2: %3 orders, %4 finished (median %5 from call to done), %6 cancelled</source>
        <translation>%1, versión %2: %3 órdenes, %4 terminadas (mediana de %5 de la llamada al final), %6 canceladas</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Pasaron</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Mediana</translation>
    </message>
    <message>
        <source>P90</source>
        <translation>P90</translation>
    </message>
    <message>
        <source>Wait</source>
        <translation>Espera</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Saltado</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Vuelta</translation>
    </message>
    <message>
        <source>No findings: too few finished orders, or every step within its target.</source>
        <translation>Sin conclusiones: pocas órdenes terminadas, o todos los pasos dentro de su plazo.</translation>
    </message>
    <message>
        <source>Also write the report as a PDF file.</source>
        <translation>Guardar además el informe como archivo PDF.</translation>
    </message>
    <message>
        <source>A version of the process map.</source>
        <translation>Una versión del mapa del proceso.</translation>
    </message>
    <message>
        <source>--since takes a date such as 2026-01-01.</source>
        <translation>--since necesita una fecha, por ejemplo 2026-01-01.</translation>
    </message>
    <message>
        <source>Orders received since %1.</source>
        <translation>Órdenes recibidas desde el %1.</translation>
    </message>
    <message>
        <source>Only orders received from this day on.</source>
        <translation>Solo las órdenes recibidas desde ese día.</translation>
    </message>
    <message>
        <source>Every order, however old.</source>
        <translation>Todas las órdenes, por antiguas que sean.</translation>
    </message>
    <message>
        <source>unknown date</source>
        <translation>fecha desconocida</translation>
    </message>
    <message>
        <source>Backup written to %1 and verified (integrity check passed).</source>
        <translation>Copia de seguridad escrita en %1 y verificada (la comprobación de integridad es correcta).</translation>
    </message>
    <message>
        <source>No backup in %1.</source>
        <translation>No hay copias de seguridad en %1.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>Say where to restore it: restore BACKUP --to PATH [--replace].</source>
        <translation>Indique dónde restaurarla: restore COPIA --to RUTA [--replace].</translation>
    </message>
    <message>
        <source>Restored %1 to the new database %2.</source>
        <translation>%1 restaurada en la nueva base de datos %2.</translation>
    </message>
    <message>
        <source>Restored %1 into %2; the database it replaced was kept as %3.</source>
        <translation>%1 restaurada en %2; la base de datos que reemplazó se ha guardado como %3.</translation>
    </message>
    <message>
        <source>A payment must be more than zero: --amount takes the amount in euros, such as 12.34 or 12,34.</source>
        <translation>Un cobro tiene que ser mayor que cero: --amount necesita el importe en euros, como 12.34 o 12,34.</translation>
    </message>
    <message>
        <source>--amount takes the amount in euros with digits 0-9, a dot or a comma and at most two decimals, without thousands separators: such as 12.34 or 12,34 (not “%1”).</source>
        <translation>--amount necesita el importe en euros con cifras del 0 al 9, un punto o una coma y como mucho dos decimales, sin separador de miles: como 12.34 o 12,34 (no «%1»).</translation>
    </message>
    <message>
        <source>--week takes an ISO week as YYYY-Www, with two digits for the week: such as 2026-W05 or 2026-W48 (not “%1”).</source>
        <translation>--week necesita una semana ISO como AAAA-Wss, con dos cifras para la semana: como 2026-W05 o 2026-W48 (no «%1»).</translation>
    </message>
    <message>
        <source>--database was given an empty path. Give the database file, or leave --database out to use the default database (%1).</source>
        <translation>--database ha recibido una ruta vacía. Indique el archivo de la base de datos, u omita --database para usar la base de datos predeterminada (%1).</translation>
    </message>
    <message>
        <source>Restore into an existing database, keeping it aside first.</source>
        <translation>Restaurar en una base de datos existente, guardándola antes aparte.</translation>
    </message>
    <message>
        <source>Also write the records as XML documents.</source>
        <translation>Escribir también los registros como documentos XML.</translation>
    </message>
    <message>
        <source>No VERI*FACTU record yet: records are made when invoices are issued.</source>
        <translation>Todavía no hay ningún registro VERI*FACTU: los registros se crean al emitir las facturas.</translation>
    </message>
    <message>
        <source>alta</source>
        <translation>alta</translation>
    </message>
    <message>
        <source>anulación</source>
        <translation>anulación</translation>
    </message>
    <message>
        <source>Written to %1.</source>
        <translation>Escrito en %1.</translation>
    </message>
    <message>
        <source>Mode: VERI*FACTU (records are sent to the AEAT).</source>
        <translation>Modalidad: VERI*FACTU (los registros se remiten a la AEAT).</translation>
    </message>
    <message>
        <source>Mode: no VERI*FACTU (records are kept, not sent).</source>
        <translation>Modalidad: no VERI*FACTU (los registros se conservan, no se remiten).</translation>
    </message>
    <message>
        <source>QR codes point to the AEAT&apos;s production service.</source>
        <translation>Los códigos QR apuntan al servicio de producción de la AEAT.</translation>
    </message>
    <message>
        <source>QR codes point to the AEAT&apos;s test service.</source>
        <translation>Los códigos QR apuntan al servicio de pruebas de la AEAT.</translation>
    </message>
    <message>
        <source>No record yet.</source>
        <translation>Todavía no hay ningún registro.</translation>
    </message>
    <message>
        <source>Say why with --note REASON.</source>
        <translation>Indique el motivo con --note MOTIVO.</translation>
    </message>
    <message>
        <source>The record of invoice %1 is annulled (registro de anulación #%2).</source>
        <translation>El registro de la factura %1 queda anulado (registro de anulación n.º %2).</translation>
    </message>
    <message>
        <source>Say verifactu mode verifactu or verifactu mode no-verifactu.</source>
        <translation>Indique verifactu mode verifactu o verifactu mode no-verifactu.</translation>
    </message>
    <message>
        <source>Say verifactu environment test or verifactu environment production.</source>
        <translation>Indique verifactu environment test o verifactu environment production.</translation>
    </message>
    <message>
        <source>The folder of the backups (by default &quot;backups&quot; beside the database).</source>
        <translation>La carpeta de las copias de seguridad (por defecto «backups» junto a la base de datos).</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>carpeta</translation>
    </message>
    <message>
        <source>[--to DIR] [--json]</source>
        <translation>[--to CARPETA] [--json]</translation>
    </message>
    <message>
        <source>a verified copy of the database, taken while others may be writing;
older backups are pruned (7 daily, 4 weekly, 12 monthly kept)</source>
        <translation>una copia verificada de la base de datos, hecha aunque otros estén escribiendo;
se borran las antiguas (se guardan 7 diarias, 4 semanales y 12 mensuales)</translation>
    </message>
    <message>
        <source>the backups with their date, orders, customers, invoices and last invoice</source>
        <translation>las copias con su fecha, órdenes, clientes, facturas y última factura</translation>
    </message>
    <message>
        <source>BACKUP --to PATH [--replace]</source>
        <translation>COPIA --to RUTA [--replace]</translation>
    </message>
    <message>
        <source>a backup into a new database; --replace puts it into an existing one,
which is first kept aside as NAME.before-restore-DATE.sqlite</source>
        <translation>una copia en una base de datos nueva; --replace la vuelca en una existente,
que antes se guarda aparte como NOMBRE.before-restore-FECHA.sqlite</translation>
    </message>
    <message>
        <source>The database to restore into.</source>
        <translation>La base de datos en la que restaurar.</translation>
    </message>
    <message>
        <source>“%1” has no option --%2.</source>
        <translation>«%1» no tiene la opción --%2.</translation>
    </message>
    <message>
        <source>Wrong arguments for “%1”. Usage: ordo-cli %1 %2</source>
        <translation>Argumentos incorrectos para «%1». Uso: ordo-cli %1 %2</translation>
    </message>
    <message>
        <source>It only reads: the database is opened read-only and never created, upgraded or changed.</source>
        <translation>Solo lee: la base de datos se abre en modo de solo lectura y nunca se crea, se actualiza ni se modifica.</translation>
    </message>
    <message>
        <source>It writes to the database, which must exist already.</source>
        <translation>Escribe en la base de datos, que ya tiene que existir.</translation>
    </message>
    <message>
        <source>It creates the database when there is none.</source>
        <translation>Crea la base de datos si no existe.</translation>
    </message>
    <message>
        <source>Usage: ordo-cli [--database PATH] %1</source>
        <translation>Uso: ordo-cli [--database RUTA] %1</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Opciones:</translation>
    </message>
    <message>
        <source>Run “ordo-cli %1 --help” for its arguments and options.</source>
        <translation>Ejecute «ordo-cli %1 --help» para ver sus argumentos y opciones.</translation>
    </message>
    <message>
        <source>Backups (the folder is &quot;backups&quot; beside the database unless --to says another):</source>
        <translation>Copias de seguridad (la carpeta es «backups» junto a la base de datos salvo que --to indique otra):</translation>
    </message>
    <message>
        <source>VERI*FACTU (the records every issued invoice makes, Real Decreto 1007/2023):</source>
        <translation>VERI*FACTU (los registros que crea cada factura emitida, Real Decreto 1007/2023):</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Órdenes:</translation>
    </message>
    <message>
        <source>Run “ordo-cli COMMAND --help” for the options of one command.</source>
        <translation>Ejecute «ordo-cli ORDEN --help» para ver las opciones de una orden.</translation>
    </message>
    <message>
        <source>Without --database, the default database in the user&apos;s data folder is used.</source>
        <translation>Sin --database se usa la base de datos predeterminada de la carpeta de datos del usuario.</translation>
    </message>
    <message>
        <source>Exit codes: 0 done, 1 refused or failed (nothing changed), 2 wrong usage.</source>
        <translation>Códigos de salida: 0 hecho, 1 rechazado o fallido (nada cambió), 2 uso incorrecto.</translation>
    </message>
    <message>
        <source>fill a new database with a deterministic demo company</source>
        <translation>llena una base de datos nueva con una empresa de demostración reproducible</translation>
    </message>
    <message>
        <source>[--json]</source>
        <translation>[--json]</translation>
    </message>
    <message>
        <source>schema version and the number of rows in each table</source>
        <translation>versión del esquema y número de filas de cada tabla</translation>
    </message>
    <message>
        <source>integrity check; exit 0 when sound, 1 otherwise</source>
        <translation>comprobación de integridad; sale con 0 si está sana, 1 si no</translation>
    </message>
    <message>
        <source>the process map: steps, responsible, targets, transitions</source>
        <translation>el mapa del proceso: pasos, responsables, plazos, transiciones</translation>
    </message>
    <message>
        <source>[--unpaid] [--json]</source>
        <translation>[--unpaid] [--json]</translation>
    </message>
    <message>
        <source>invoices, drafts first; --unpaid: only those not paid in full</source>
        <translation>facturas, primero los borradores; --unpaid: solo las no cobradas del todo</translation>
    </message>
    <message>
        <source>NUMBER --out FILE.pdf</source>
        <translation>NÚMERO --out ARCHIVO.pdf</translation>
    </message>
    <message>
        <source>the invoice as printed, as a PDF file</source>
        <translation>la factura tal como se imprime, como archivo PDF</translation>
    </message>
    <message>
        <source>NUMBER [--email ADDRESS]</source>
        <translation>NÚMERO [--email DIRECCIÓN]</translation>
    </message>
    <message>
        <source>e-mail the invoice as a PDF to the customer (SMTP in the settings)</source>
        <translation>envía la factura en PDF al cliente por correo (SMTP en la configuración)</translation>
    </message>
    <message>
        <source>[--step NAME] [--open] [--limit N] [--json]</source>
        <translation>[--step NOMBRE] [--open] [--limit N] [--json]</translation>
    </message>
    <message>
        <source>work orders, newest first (100 unless --limit; 0 for all)</source>
        <translation>órdenes de trabajo, las más nuevas primero (100 salvo --limit; 0 para todas)</translation>
    </message>
    <message>
        <source>NUMBER [--json]</source>
        <translation>NÚMERO [--json]</translation>
    </message>
    <message>
        <source>one order with its lines, totals and history</source>
        <translation>una orden con sus líneas, totales e historial</translation>
    </message>
    <message>
        <source>move an order to another step of its process map</source>
        <translation>mueve una orden a otro paso de su mapa del proceso</translation>
    </message>
    <message>
        <source>the periodic reviews due now, with whom they are assigned to</source>
        <translation>las revisiones periódicas pendientes ahora, con su responsable</translation>
    </message>
    <message>
        <source>[--week YYYY-Www] [--json] [--pdf FILE.pdf]</source>
        <translation>[--week AAAA-Wss] [--json] [--pdf ARCHIVO.pdf]</translation>
    </message>
    <message>
        <source>the weekly report: orders, money, steps and people, beside the week before</source>
        <translation>el informe semanal: órdenes, dinero, pasos y personas, junto a la semana anterior</translation>
    </message>
    <message>
        <source>[--map-version N] [--since YYYY-MM-DD | --all] [--json]</source>
        <translation>[--map-version N] [--since AAAA-MM-DD | --all] [--json]</translation>
    </message>
    <message>
        <source>process evaluation (orders of the last 12 months unless told):
time, skips and returns per step, and findings</source>
        <translation>evaluación del proceso (órdenes de los últimos 12 meses salvo que se indique):
tiempo, saltos y vueltas por paso, y conclusiones</translation>
    </message>
    <message>
        <source>--kind estimate|installation|repair|follow_up [--postcode CODE]
[--after YYYY-MM-DDTHH:MM] [--json]</source>
        <translation>--kind estimate|installation|repair|follow_up [--postcode CÓDIGO]
[--after AAAA-MM-DDTHH:MM] [--json]</translation>
    </message>
    <message>
        <source>the best free visits, each with its reasons</source>
        <translation>las mejores visitas libres, cada una con sus motivos</translation>
    </message>
    <message>
        <source>--staff NAME --from YYYY-MM-DD --to YYYY-MM-DD --out FILE.ics</source>
        <translation>--staff NOMBRE --from AAAA-MM-DD --to AAAA-MM-DD --out ARCHIVO.ics</translation>
    </message>
    <message>
        <source>one person&apos;s appointments as an iCalendar file for their phone</source>
        <translation>las citas de una persona como archivo iCalendar para su teléfono</translation>
    </message>
    <message>
        <source>[--json] [--xml FILE]</source>
        <translation>[--json] [--xml ARCHIVO]</translation>
    </message>
    <message>
        <source>every record in chain order; --xml writes RegFactuSistemaFacturacion
documents of at most 1,000 records (FILE, FILE-2.xml ...)</source>
        <translation>todos los registros en el orden de la cadena; --xml escribe documentos
RegFactuSistemaFacturacion de 1.000 registros como máximo (ARCHIVO, ARCHIVO-2.xml…)</translation>
    </message>
    <message>
        <source>a registro de anulación for an invoice issued by mistake</source>
        <translation>un registro de anulación para una factura emitida por error</translation>
    </message>
    <message>
        <source>Why the record is annulled.</source>
        <translation>Por qué se anula el registro.</translation>
    </message>
    <message>
        <source>whether the company sends its records to the AEAT (VERI*FACTU) or keeps them</source>
        <translation>si la empresa remite sus registros a la AEAT (VERI*FACTU) o los conserva</translation>
    </message>
    <message>
        <source>which AEAT service the QR codes point to</source>
        <translation>a qué servicio de la AEAT apuntan los códigos QR</translation>
    </message>
    <message>
        <source>%1, %2, %3; last invoice %4</source>
        <translation>%1, %2, %3; última factura %4</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n orden</numerusform>
            <numerusform>%n órdenes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n cliente</numerusform>
            <numerusform>%n clientes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invoice(s)</source>
        <translation>
            <numerusform>%n factura</numerusform>
            <numerusform>%n facturas</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: ordo-cli [--database PATH] [--user NAME] %1</source>
        <translation>Uso: ordo-cli [--database RUTA] [--user NOMBRE] %1</translation>
    </message>
    <message>
        <source>Usage: ordo-cli [--database PATH] [--user NAME] COMMAND [options]</source>
        <translation>Uso: ordo-cli [--database RUTA] [--user NOMBRE] ORDEN [opciones]</translation>
    </message>
    <message>
        <source>Changes are signed by --user NAME, else by the API token in ORDO_TOKEN, else by “ordo-cli (your login)” when the owner allows unsigned changes.</source>
        <translation>Los cambios los firma --user NOMBRE; si no, el token de API de ORDO_TOKEN; si no, «ordo-cli (su usuario del sistema)» cuando el propietario permite cambios sin firmar.</translation>
    </message>
    <message>
        <source>Sign the changes as this person (their password or PIN from ORDO_PASSWORD, or asked on the terminal).</source>
        <translation>Firmar los cambios como esta persona (su contraseña o PIN se toma de ORDO_PASSWORD o se pide en el terminal).</translation>
    </message>
    <message>
        <source>PIN for %1: </source>
        <translation>PIN de %1: </translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Contraseña de %1: </translation>
    </message>
    <message>
        <source>%1 signs in with a password or PIN: set ORDO_PASSWORD, or run ordo-cli on a terminal to be asked for it.</source>
        <translation>%1 inicia sesión con contraseña o PIN: defina ORDO_PASSWORD o ejecute ordo-cli en un terminal para que se le pida.</translation>
    </message>
    <message>
        <source>NUMBER STEP [--note TEXT] [--json]</source>
        <translation>NÚMERO PASO [--note TEXTO] [--json]</translation>
    </message>
    <message>
        <source>NUMBER --note REASON [--json]</source>
        <translation>NÚMERO --note MOTIVO [--json]</translation>
    </message>
    <message>
        <source>API tokens for scheduled jobs (ORDO_TOKEN):</source>
        <translation>Tokens de API para tareas programadas (ORDO_TOKEN):</translation>
    </message>
    <message>
        <source>--name NAME --role owner|office|sales|technician [--json]</source>
        <translation>--name NOMBRE --role owner|office|sales|technician [--json]</translation>
    </message>
    <message>
        <source>a new API token for a scheduled job; it is shown once, only its digest is kept</source>
        <translation>un token de API nuevo para una tarea programada; se muestra una sola vez y solo se guarda su resumen</translation>
    </message>
    <message>
        <source>What uses the token, e.g. backup-job.</source>
        <translation>Qué usa el token, p. ej. copia-nocturna.</translation>
    </message>
    <message>
        <source>The role whose permissions the token has.</source>
        <translation>El rol cuyos permisos tiene el token.</translation>
    </message>
    <message>
        <source>role</source>
        <translation>rol</translation>
    </message>
    <message>
        <source>Say the token&apos;s role with --role owner, office, sales or technician.</source>
        <translation>Indique el rol del token con --role owner, office, sales o technician.</translation>
    </message>
    <message>
        <source>Token %1 (%2) created. Keep it now: it will not be shown again. Jobs use it as ORDO_TOKEN.</source>
        <translation>Token %1 (%2) creado. Guárdelo ahora: no se volverá a mostrar. Las tareas lo usan como ORDO_TOKEN.</translation>
    </message>
    <message>
        <source>the API tokens, with their role, maker, last use and whether they are revoked</source>
        <translation>los tokens de API, con su rol, quién los creó, su último uso y si están revocados</translation>
    </message>
    <message>
        <source>used %1</source>
        <translation>usado %1</translation>
    </message>
    <message>
        <source>revoked %1</source>
        <translation>revocado %1</translation>
    </message>
    <message>
        <source>No API tokens.</source>
        <translation>No hay tokens de API.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>revokes an API token: jobs using it are refused from now on</source>
        <translation>revoca un token de API: las tareas que lo usen se rechazan a partir de ahora</translation>
    </message>
    <message>
        <source>Give the token&apos;s number, as “token list” shows it.</source>
        <translation>Indique el número del token, tal como lo muestra «token list».</translation>
    </message>
    <message>
        <source>Token %1 is revoked.</source>
        <translation>El token %1 queda revocado.</translation>
    </message>
    <message>
        <source>ORDER_NUMBER [--partial | --advance EUROS] [--json]</source>
        <translation>NÚMERO_DE_ORDEN [--partial | --advance EUROS] [--json]</translation>
    </message>
    <message>
        <source>issue the order&apos;s invoice (from its draft, or from its lines); asked again, it answers with the invoice already issued</source>
        <translation>emite la factura de la orden (desde su borrador o desde sus líneas); si se pide otra vez, responde con la factura ya emitida</translation>
    </message>
    <message>
        <source>Invoice a part of the job (the order may have several).</source>
        <translation>Facturar una parte del trabajo (la orden puede tener varias).</translation>
    </message>
    <message>
        <source>Invoice an advance of this taxable base in euros.</source>
        <translation>Facturar un anticipo de esta base imponible en euros.</translation>
    </message>
    <message>
        <source>Choose --partial or --advance, not both.</source>
        <translation>Elija --partial o --advance, no ambos.</translation>
    </message>
    <message>
        <source>--advance takes the amount in euros, such as 500 or 500,00 (not “%1”).</source>
        <translation>--advance necesita el importe en euros, como 500 o 500,00 (no «%1»).</translation>
    </message>
    <message>
        <source>Order %1 was already invoiced: %2 to %3, %4. Nothing new was issued.</source>
        <translation>La orden %1 ya estaba facturada: %2 a %3, %4. No se emitió nada nuevo.</translation>
    </message>
    <message>
        <source>NUMBER --amount EUROS [--method METHOD]</source>
        <translation>NÚMERO --amount EUROS [--method FORMA]</translation>
    </message>
    <message>
        <source>record a payment of the invoice, such as --amount 12.34; on a rectifying invoice that credits the customer, the money given back</source>
        <translation>registra un cobro de la factura, como --amount 12.34; en una rectificativa que abona al cliente, el dinero devuelto</translation>
    </message>
    <message>
        <source>How it was paid: %1 (transfer when not given).</source>
        <translation>Forma de pago: %1 (transfer si no se indica).</translation>
    </message>
    <message>
        <source>[--anchor NUMBER=HASH,...] [--against BACKUP]</source>
        <translation>[--anchor NÚMERO=HUELLA,...] [--against COPIA]</translation>
    </message>
    <message>
        <source>check the numbering, the chain of issued invoices and their VERI*FACTU records against each other, against the anchors recorded after backups, the ones given (as printed in a weekly report) and every invoice of an older backup; exit 1 listing what was found</source>
        <translation>comprueba la numeración, la cadena de facturas emitidas y sus registros VERI*FACTU entre sí, con los anclajes anotados tras las copias de seguridad, con los indicados (como se imprimen en el informe semanal) y con cada factura de una copia anterior; sale con 1 y enumera lo encontrado</translation>
    </message>
    <message>
        <source>Invoice numbers and the start of their hashes, as printed.</source>
        <translation>Números de factura y el comienzo de su huella, tal como se imprimen.</translation>
    </message>
    <message>
        <source>anchors</source>
        <translation>anclajes</translation>
    </message>
    <message>
        <source>An older backup whose invoices must all still be there, unchanged.</source>
        <translation>Una copia de seguridad anterior cuyas facturas deben seguir todas ahí, sin cambios.</translation>
    </message>
    <message>
        <source>--anchor takes NUMBER=HASH pairs with at least 12 characters of the hash, such as 2026-0042=3f2a9c1b0d4e (not “%1”).</source>
        <translation>--anchor necesita pares NÚMERO=HUELLA con al menos 12 caracteres de la huella, como 2026-0042=3f2a9c1b0d4e (no «%1»).</translation>
    </message>
    <message>
        <source>given on the command line</source>
        <translation>indicado en la línea de órdenes</translation>
    </message>
    <message>
        <source>the backup %1</source>
        <translation>la copia de seguridad %1</translation>
    </message>
    <message numerus="yes">
        <source>The invoices were tampered with: %n problem(s) found.</source>
        <translation>
            <numerusform>Las facturas se manipularon: se encontró %n problema.</numerusform>
            <numerusform>Las facturas se manipularon: se encontraron %n problemas.</numerusform>
        </translation>
    </message>
    <message>
        <source>The chain ends at %1, hash %2.</source>
        <translation>La cadena termina en %1, huella %2.</translation>
    </message>
    <message>
        <source>NUMBER --reason TEXT [--lines N,N | --amount EUROS] [--json]</source>
        <translation>NÚMERO --reason TEXTO [--lines N,N | --amount EUROS] [--json]</translation>
    </message>
    <message>
        <source>issue a rectifying invoice for the difference: all the invoice&apos;s lines credited, the lines given (numbered from 1), or an amount of taxable base</source>
        <translation>emite una factura rectificativa por diferencias: abona todas las líneas de la factura, las indicadas (numeradas desde 1) o un importe de base imponible</translation>
    </message>
    <message>
        <source>Why the invoice is corrected (printed on it).</source>
        <translation>Por qué se corrige la factura (se imprime en ella).</translation>
    </message>
    <message>
        <source>The lines to credit, numbered from 1.</source>
        <translation>Las líneas que abonar, numeradas desde 1.</translation>
    </message>
    <message>
        <source>lines</source>
        <translation>líneas</translation>
    </message>
    <message>
        <source>Taxable base to credit, in euros.</source>
        <translation>Base imponible que abonar, en euros.</translation>
    </message>
    <message>
        <source>Say why with --reason TEXT: it is printed on the rectifying invoice.</source>
        <translation>Indique el motivo con --reason TEXTO: se imprime en la factura rectificativa.</translation>
    </message>
    <message>
        <source>Choose --lines or --amount, not both.</source>
        <translation>Elija --lines o --amount, no ambos.</translation>
    </message>
    <message>
        <source>--lines takes line numbers from 1, such as 1,3 (not “%1”).</source>
        <translation>--lines necesita números de línea desde 1, como 1,3 (no «%1»).</translation>
    </message>
    <message>
        <source>--amount takes the amount in euros, such as 12.34 (not “%1”).</source>
        <translation>--amount necesita el importe en euros, como 12.34 (no «%1»).</translation>
    </message>
    <message>
        <source>Rectifying invoice %1 issued for %2: %3.</source>
        <translation>Factura rectificativa %1 emitida para %2: %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n segundo</numerusform>
            <numerusform>%n segundos</numerusform>
        </translation>
    </message>
    <message>
        <source>Records go to %1.</source>
        <translation>Los registros se envían a %1.</translation>
    </message>
    <message>
        <source>Certificate: %1, valid until %2.</source>
        <translation>Certificado: %1, válido hasta el %2.</translation>
    </message>
    <message>
        <source>No certificate yet: import it with ordo-cli verifactu certificate import FILE.</source>
        <translation>Aún no hay certificado: impórtelo con ordo-cli verifactu certificate import ARCHIVO.</translation>
    </message>
    <message>
        <source>Last submission: %1.</source>
        <translation>Último envío: %1.</translation>
    </message>
    <message>
        <source>Next submission allowed at %1 (in %2).</source>
        <translation>Próximo envío permitido a partir de %1 (dentro de %2).</translation>
    </message>
    <message>
        <source>Last error: %1</source>
        <translation>Último error: %1</translation>
    </message>
    <message>
        <source>alta (subsanación)</source>
        <translation>alta (subsanación)</translation>
    </message>
    <message>
        <source>the mode, the number of records in each state, the next submission and the last error</source>
        <translation>el modo, el número de registros en cada estado, el próximo envío y el último error</translation>
    </message>
    <message>
        <source>sends the records that are due to the AEAT and prints its answer; exits with 1 when
a record was rejected or the service could not be reached (run it from cron or a timer)</source>
        <translation>envía a la AEAT los registros pendientes y muestra su respuesta; termina con 1 si se
rechazó algún registro o no se pudo contactar con el servicio (ejecútelo desde cron o un temporizador)</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) not sent: %1</source>
        <translation>
            <numerusform>%n registro no enviado: %1</numerusform>
            <numerusform>%n registros no enviados: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) sent (CSV %1): </source>
        <translation>
            <numerusform>%n registro enviado (CSV %1): </numerusform>
            <numerusform>%n registros enviados (CSV %1): </numerusform>
        </translation>
    </message>
    <message>
        <source>%1 accepted, %2 accepted with errors, %3 rejected.</source>
        <translation>%1 aceptados, %2 aceptados con errores, %3 rechazados.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) got no answer and stay in the queue.</source>
        <translation>
            <numerusform>%n registro no obtuvo respuesta y sigue en la cola.</numerusform>
            <numerusform>%n registros no obtuvieron respuesta y siguen en la cola.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to send: every record has gone.</source>
        <translation>Nada que enviar: todos los registros se han remitido.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) wait: the next submission is allowed at %1 (in %2).</source>
        <translation>
            <numerusform>%n registro espera: el próximo envío se permite a partir de %1 (dentro de %2).</numerusform>
            <numerusform>%n registros esperan: el próximo envío se permite a partir de %1 (dentro de %2).</numerusform>
        </translation>
    </message>
    <message>
        <source>The AEAT&apos;s service could not take the records; they stay in the queue and are sent again later.</source>
        <translation>El servicio de la AEAT no pudo recibir los registros; siguen en la cola y se volverán a enviar más tarde.</translation>
    </message>
    <message>
        <source>The AEAT rejected some records: correct them with ordo-cli verifactu correct NUMBER.</source>
        <translation>La AEAT rechazó algunos registros: corríjalos con ordo-cli verifactu correct NÚMERO.</translation>
    </message>
    <message>
        <source>Invoice %1 has a new registro de alta that corrects the rejected one (#%2); it goes with the next verifactu send.</source>
        <translation>La factura %1 tiene un nuevo registro de alta que subsana el rechazado (#%2); se enviará con el próximo verifactu send.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ARCHIVO</translation>
    </message>
    <message>
        <source>keeps the company&apos;s certificate (.p12 or .pfx) for sending records to the AEAT;
its password from ORDO_CERT_PASSWORD or asked, kept in the secrets file</source>
        <translation>guarda el certificado de la empresa (.p12 o .pfx) para enviar registros a la AEAT;
su contraseña se toma de ORDO_CERT_PASSWORD o se pregunta, y se guarda en el archivo de secretos</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>No se pudo leer %1: %2</translation>
    </message>
    <message>
        <source>Password of the certificate: </source>
        <translation>Contraseña del certificado: </translation>
    </message>
    <message>
        <source>Give the certificate&apos;s password in ORDO_CERT_PASSWORD or type it at a terminal.</source>
        <translation>Indique la contraseña del certificado en ORDO_CERT_PASSWORD o escríbala en un terminal.</translation>
    </message>
    <message>
        <source>The certificate&apos;s password could not be kept in %1: %2</source>
        <translation>No se pudo guardar la contraseña del certificado en %1: %2</translation>
    </message>
    <message>
        <source>Certificate of %1 kept, valid until %2; its password is in %3.</source>
        <translation>Certificado de %1 guardado, válido hasta el %2; su contraseña está en %3.</translation>
    </message>
    <message>
        <source>The invoice chain ends at %1, hash %2.</source>
        <translation>La cadena de facturas termina en %1, huella %2.</translation>
    </message>
    <message>
        <source>anulación (rechazo previo)</source>
        <translation>anulación (rechazo previo)</translation>
    </message>
    <message>
        <source>sends a rejected record again: a subsanación (new registro de alta), or
a new registro de anulación when the AEAT rejected the annulment</source>
        <translation>reenvía un registro rechazado: una subsanación (nuevo registro de alta), o
un nuevo registro de anulación cuando la AEAT rechazó la anulación</translation>
    </message>
    <message>
        <source>Invoice %1 has a new registro de anulación that replaces the rejected one (#%2); it goes with the next verifactu send.</source>
        <translation>La factura %1 tiene un nuevo registro de anulación que sustituye al rechazado (n.º %2); se envía con el próximo verifactu send.</translation>
    </message>
    <message>
        <source>Technicians&apos; phones (ordo-server&apos;s /tech app):</source>
        <translation>Móviles de los técnicos (la aplicación /tech de ordo-server):</translation>
    </message>
    <message>
        <source>PERSON [--url SERVER] [--json]</source>
        <translation>PERSONA [--url SERVIDOR] [--json]</translation>
    </message>
    <message>
        <source>a one-time code (15 minutes) that pairs a technician&apos;s phone with ordo-server&apos;s /tech app</source>
        <translation>un código de un solo uso (15 minutos) que empareja el móvil de un técnico con la aplicación /tech de ordo-server</translation>
    </message>
    <message>
        <source>The server&apos;s address as the phone reaches it, for the link.</source>
        <translation>La dirección del servidor tal como la alcanza el móvil, para el enlace.</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>Pairing code for %1, valid once until %2.</source>
        <translation>Código de emparejamiento para %1, válido una vez hasta %2.</translation>
    </message>
    <message>
        <source>the paired phones</source>
        <translation>los móviles emparejados</translation>
    </message>
    <message>
        <source>last seen %1</source>
        <translation>visto por última vez %1</translation>
    </message>
    <message>
        <source>removed %1</source>
        <translation>quitado %1</translation>
    </message>
    <message>
        <source>No paired phones.</source>
        <translation>No hay móviles emparejados.</translation>
    </message>
    <message>
        <source>removes a paired phone: it is refused at once, and needs a new code</source>
        <translation>quita un móvil emparejado: se rechaza al momento y necesita un código nuevo</translation>
    </message>
    <message>
        <source>Give the phone&apos;s number, as “phone list” shows it.</source>
        <translation>Indique el número del móvil, tal como lo muestra «phone list».</translation>
    </message>
    <message>
        <source>Phone %1 is removed.</source>
        <translation>El móvil %1 está quitado.</translation>
    </message>
    <message>
        <source>PERSON &lt; PIN</source>
        <translation>PERSONA &lt; PIN</translation>
    </message>
    <message>
        <source>sets the PIN a technician types on the phone (4 to 8 digits, read from standard input)</source>
        <translation>pone el PIN que un técnico escribe en el móvil (de 4 a 8 cifras, leído de la entrada estándar)</translation>
    </message>
    <message>
        <source>%1 has a new PIN.</source>
        <translation>%1 tiene un PIN nuevo.</translation>
    </message>
    <message>
        <source>draft|issue|issue-and-mail</source>
        <translation>draft|issue|issue-and-mail</translation>
    </message>
    <message>
        <source>what a job finished on a phone does with its invoice: a draft for the office (draft), issued at once (issue), or issued and e-mailed by ordo-server (issue-and-mail)</source>
        <translation>qué hace con su factura un trabajo terminado en el móvil: un borrador para la oficina (draft), emitirla al momento (issue) o emitirla y que ordo-server la envíe por correo (issue-and-mail)</translation>
    </message>
    <message>
        <source>Say draft, issue or issue-and-mail.</source>
        <translation>Indique draft, issue o issue-and-mail.</translation>
    </message>
    <message>
        <source>A job finished on a phone now: %1.</source>
        <translation>Un trabajo terminado en el móvil ahora: %1.</translation>
    </message>
    <message>
        <source>[--all] [--json]</source>
        <translation>[--all] [--json]</translation>
    </message>
    <message>
        <source>the price catalogue by code: code, price before VAT, VAT, unit and description</source>
        <translation>el catálogo de precios por código: código, precio sin IVA, IVA, unidad y descripción</translation>
    </message>
    <message>
        <source>Also the items no longer offered (inactive).</source>
        <translation>También los artículos que ya no se ofrecen (inactivos).</translation>
    </message>
    <message>
        <source>(inactive)</source>
        <translation>(inactivo)</translation>
    </message>
    <message>
        <source>The catalogue is empty.</source>
        <translation>El catálogo está vacío.</translation>
    </message>
    <message>
        <source>FILE.csv</source>
        <translation>ARCHIVO.csv</translation>
    </message>
    <message>
        <source>adds or updates catalogue items from a CSV file (UTF-8, “;” or “,”, a header row: code, description, price, VAT, and optionally unit, kind, active); a bad row imports nothing</source>
        <translation>añade o actualiza artículos del catálogo desde un archivo CSV (UTF-8, «;» o «,», una fila de cabecera: código, descripción, precio, IVA y, si se quiere, unidad, tipo, activo); una fila errónea no importa nada</translation>
    </message>
    <message numerus="yes">
        <source>Catalogue: %n item(s) added</source>
        <translation>
            <numerusform>Catálogo: %n artículo añadido</numerusform>
            <numerusform>Catálogo: %n artículos añadidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated.</source>
        <translation>
            <numerusform>%n actualizado.</numerusform>
            <numerusform>%n actualizados.</numerusform>
        </translation>
    </message>
    <message>
        <source>ORDER_NUMBER [--valid-until YYYY-MM-DD] [--out FILE.pdf]</source>
        <translation>NÚMERO_ORDEN [--valid-until AAAA-MM-DD] [--out ARCHIVO.pdf]</translation>
    </message>
    <message>
        <source>issue a quote from the order&apos;s lines (validity and conditions from the settings)</source>
        <translation>emite un presupuesto con las líneas de la orden (validez y condiciones de la configuración)</translation>
    </message>
    <message>
        <source>The last day the quote is valid.</source>
        <translation>El último día de validez del presupuesto.</translation>
    </message>
    <message>
        <source>Also write its PDF to this file.</source>
        <translation>Escribe además su PDF en este archivo.</translation>
    </message>
    <message>
        <source>--valid-until takes a date such as 2026-12-31 (not “%1”).</source>
        <translation>--valid-until lleva una fecha como 2026-12-31 (no «%1»).</translation>
    </message>
    <message>
        <source>Quote %1 issued for %2, valid until %3.</source>
        <translation>Presupuesto %1 emitido por %2, válido hasta el %3.</translation>
    </message>
    <message>
        <source>Quote %1 written to %2.</source>
        <translation>Presupuesto %1 escrito en %2.</translation>
    </message>
    <message>
        <source>ORDER_NUMBER</source>
        <translation>NÚMERO_ORDEN</translation>
    </message>
    <message>
        <source>the order&apos;s quotes and their state</source>
        <translation>los presupuestos de la orden y su estado</translation>
    </message>
    <message>
        <source>QUOTE_NUMBER --person NAME [--date YYYY-MM-DD] [--note TEXT]</source>
        <translation>NÚMERO_PRESUPUESTO --person NOMBRE [--date AAAA-MM-DD] [--note TEXTO]</translation>
    </message>
    <message>
        <source> [--even-if-expired]</source>
        <translation> [--even-if-expired]</translation>
    </message>
    <message>
        <source>record that the customer accepted the quote (the order moves to “Quote accepted”)</source>
        <translation>registra que el cliente aceptó el presupuesto (la orden pasa a «Presupuesto aceptado»)</translation>
    </message>
    <message>
        <source>record that the customer refused the quote</source>
        <translation>registra que el cliente rechazó el presupuesto</translation>
    </message>
    <message>
        <source>--date takes a date such as 2026-12-31 (not “%1”).</source>
        <translation>--date lleva una fecha como 2026-12-31 (no «%1»).</translation>
    </message>
    <message>
        <source>Quote %1 accepted by %2.</source>
        <translation>Presupuesto %1 aceptado por %2.</translation>
    </message>
    <message>
        <source>Quote %1 refused by %2.</source>
        <translation>Presupuesto %1 rechazado por %2.</translation>
    </message>
    <message>
        <source>Who of the customer&apos;s side answered.</source>
        <translation>Quién respondió por parte del cliente.</translation>
    </message>
    <message>
        <source>The day they answered (today unless given).</source>
        <translation>El día en que respondió (hoy si no se indica).</translation>
    </message>
    <message>
        <source>A note for the order&apos;s history.</source>
        <translation>Una nota para el historial de la orden.</translation>
    </message>
    <message>
        <source>Record it although the quote is past its validity.</source>
        <translation>Lo registra aunque el presupuesto haya caducado.</translation>
    </message>
    <message>
        <source>--from FILE.sqlite --to postgresql://USER@SERVER/DATABASE</source>
        <translation>--from ARCHIVO.sqlite --to postgresql://USUARIO@SERVIDOR/BASE</translation>
    </message>
    <message>
        <source>copy an office&apos;s SQLite database into a new, empty PostgreSQL database and check both</source>
        <translation>copiar la base SQLite de una oficina a una base PostgreSQL nueva y vacía, y comprobar ambas</translation>
    </message>
    <message>
        <source>The SQLite database to copy.</source>
        <translation>La base de datos SQLite que se copia.</translation>
    </message>
    <message>
        <source>The PostgreSQL database to copy into (empty).</source>
        <translation>La base de datos PostgreSQL de destino (vacía).</translation>
    </message>
    <message>
        <source>uri</source>
        <translation>dirección</translation>
    </message>
    <message>
        <source>Say what to copy where: migrate --from FILE.sqlite --to postgresql://USER@SERVER/DATABASE.</source>
        <translation>Indique qué copiar y adónde: migrate --from ARCHIVO.sqlite --to postgresql://USUARIO@SERVIDOR/BASE.</translation>
    </message>
    <message>
        <source>--from takes an Ordo SQLite file and --to a PostgreSQL database (postgresql://USER@SERVER/DATABASE).</source>
        <translation>--from recibe un archivo SQLite de Ordo y --to una base PostgreSQL (postgresql://USUARIO@SERVIDOR/BASE).</translation>
    </message>
    <message>
        <source>Copying %1…</source>
        <translation>Copiando %1…</translation>
    </message>
    <message>
        <source>%1: %2 rows in the file, %3 on the server.</source>
        <translation>%1: %2 filas en el archivo, %3 en el servidor.</translation>
    </message>
    <message>
        <source>Copied %1 rows of %2 tables from %3 to %4.</source>
        <translation>Copiadas %1 filas de %2 tablas de %3 a %4.</translation>
    </message>
    <message>
        <source>The invoice chain differs: %1 invoices ending at %2 in the file, %3 ending at %4 on the server.</source>
        <translation>La cadena de facturas difiere: %1 facturas que acaban en %2 en el archivo, %3 que acaban en %4 en el servidor.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found after the copy: do not switch the office over yet.</source>
        <translation>
            <numerusform>%n problema encontrado tras la copia: no pase todavía la oficina al servidor.</numerusform>
            <numerusform>%n problemas encontrados tras la copia: no pase todavía la oficina al servidor.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Both databases checked: the same rows, sound, %n issued invoice(s) in an unbroken chain.</source>
        <translation>
            <numerusform>Ambas bases comprobadas: las mismas filas, en buen estado, %n factura emitida en una cadena sin roturas.</numerusform>
            <numerusform>Ambas bases comprobadas: las mismas filas, en buen estado, %n facturas emitidas en una cadena sin roturas.</numerusform>
        </translation>
    </message>
    <message>
        <source>The chain ends at %1, hash %2, on both.</source>
        <translation>La cadena acaba en %1, huella %2, en ambas.</translation>
    </message>
    <message>
        <source>Open it with: ordo --database %1</source>
        <translation>Ábrala con: ordo --database %1</translation>
    </message>
    <message>
        <source>serial %1</source>
        <translation>n.º de serie %1</translation>
    </message>
    <message>
        <source>installed %1</source>
        <translation>instalado el %1</translation>
    </message>
    <message>
        <source>warranty until %1</source>
        <translation>garantía hasta el %1</translation>
    </message>
    <message>
        <source>CUSTOMER_ID [--all] [--json]</source>
        <translation>ID_CLIENTE [--all] [--json]</translation>
    </message>
    <message>
        <source>a customer&apos;s assets: type, model, specification, serial, installation, warranty, site</source>
        <translation>los activos de un cliente: tipo, modelo, especificación, n.º de serie, instalación, garantía, dirección de obra</translation>
    </message>
    <message>
        <source>Also the assets no longer there.</source>
        <translation>También los activos que ya no están.</translation>
    </message>
    <message>
        <source>CUSTOMER_ID is a number (not “%1”).</source>
        <translation>ID_CLIENTE es un número (no «%1»).</translation>
    </message>
    <message>
        <source>No assets.</source>
        <translation>No hay activos.</translation>
    </message>
    <message>
        <source>CUSTOMER_ID --type TYPE [--site SITE_ID] [--model M] [--spec S] [--serial S] [--installed YYYY-MM-DD] [--warranty-until YYYY-MM-DD] [--notes TEXT] [--json]</source>
        <translation>ID_CLIENTE --type TIPO [--site ID_OBRA] [--model M] [--spec E] [--serial S] [--installed AAAA-MM-DD] [--warranty-until AAAA-MM-DD] [--notes TEXTO] [--json]</translation>
    </message>
    <message>
        <source>adds an asset at a customer&apos;s site by hand</source>
        <translation>añade a mano un activo en la dirección de obra de un cliente</translation>
    </message>
    <message>
        <source>What it is: window, blind, boiler…</source>
        <translation>Qué es: ventana, persiana, caldera…</translation>
    </message>
    <message>
        <source>type</source>
        <translation>tipo</translation>
    </message>
    <message>
        <source>The customer&apos;s site where it is.</source>
        <translation>La dirección de obra del cliente donde está.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>Model or make.</source>
        <translation>Modelo o marca.</translation>
    </message>
    <message>
        <source>Size or specification.</source>
        <translation>Medidas o especificación.</translation>
    </message>
    <message>
        <source>Serial number.</source>
        <translation>Número de serie.</translation>
    </message>
    <message>
        <source>Installation date.</source>
        <translation>Fecha de instalación.</translation>
    </message>
    <message>
        <source>Last day of the warranty.</source>
        <translation>Último día de la garantía.</translation>
    </message>
    <message>
        <source>Notes.</source>
        <translation>Notas.</translation>
    </message>
    <message>
        <source>--site takes a number.</source>
        <translation>--site lleva un número.</translation>
    </message>
    <message>
        <source>--%1 takes a date such as 2026-12-31 (not “%2”).</source>
        <translation>--%1 lleva una fecha como 2026-12-31 (no «%2»).</translation>
    </message>
    <message>
        <source>Asset %1 added.</source>
        <translation>Activo %1 añadido.</translation>
    </message>
    <message>
        <source>ORDER_NUMBER [--lines N,N] [--type TYPE] [--warranty-months N] [--json]</source>
        <translation>NÚMERO_ORDEN [--lines N,N] [--type TIPO] [--warranty-months N] [--json]</translation>
    </message>
    <message>
        <source>registers a completed order&apos;s lines (all, or those given, from 1) as installed at its site; a line of 3 units makes 3 assets; a line registered before refuses the whole run</source>
        <translation>registra las líneas de una orden completada (todas, o las indicadas, desde 1) como instaladas en su dirección de obra; una línea de 3 unidades da 3 activos; una línea ya registrada rechaza todo el registro</translation>
    </message>
    <message>
        <source>The lines to register, from 1.</source>
        <translation>Las líneas que registrar, desde 1.</translation>
    </message>
    <message>
        <source>list</source>
        <translation>lista</translation>
    </message>
    <message>
        <source>The type of every asset (otherwise the line&apos;s first word).</source>
        <translation>El tipo de todos los activos (si no, la primera palabra de la línea).</translation>
    </message>
    <message>
        <source>Warranty from the day the work was completed (default 36).</source>
        <translation>Garantía desde el día en que se completó el trabajo (36 si no se indica).</translation>
    </message>
    <message>
        <source>months</source>
        <translation>meses</translation>
    </message>
    <message>
        <source>--lines takes line numbers such as 1,3 (not “%1”).</source>
        <translation>--lines lleva números de línea como 1,3 (no «%1»).</translation>
    </message>
    <message>
        <source>Order %1 has no line to register as installed (its lines are services); name them with --lines.</source>
        <translation>La orden %1 no tiene líneas que registrar como instaladas (sus líneas son servicios); indíquelas con --lines.</translation>
    </message>
    <message>
        <source>--warranty-months takes a number of months from 0 to 600.</source>
        <translation>--warranty-months lleva un número de meses de 0 a 600.</translation>
    </message>
    <message numerus="yes">
        <source>%n asset(s) registered from %1.</source>
        <translation>
            <numerusform>%n activo registrado desde %1.</numerusform>
            <numerusform>%n activos registrados desde %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>ASSET_ID [--json]</source>
        <translation>ID_ACTIVO [--json]</translation>
    </message>
    <message>
        <source>every order, visit, note and photo that touched the asset, newest first</source>
        <translation>cada orden, visita, nota y foto que tocó el activo, de la más reciente a la más antigua</translation>
    </message>
    <message>
        <source>ASSET_ID is a number (not “%1”).</source>
        <translation>ID_ACTIVO es un número (no «%1»).</translation>
    </message>
    <message>
        <source>ASSET_ID ORDER_NUMBER [--reason repair|maintenance|service|installed]</source>
        <translation>ID_ACTIVO NÚMERO_ORDEN [--reason repair|maintenance|service|installed]</translation>
    </message>
    <message>
        <source>the order names the asset it is about (by default the reason its job type gives)</source>
        <translation>la orden nombra el activo al que se refiere (con el motivo que da su tipo de trabajo si no se indica)</translation>
    </message>
    <message>
        <source>Why the order is about it.</source>
        <translation>Por qué la orden se refiere a él.</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>motivo</translation>
    </message>
    <message>
        <source>--reason is repair, maintenance, service or installed.</source>
        <translation>--reason es repair, maintenance, service o installed.</translation>
    </message>
    <message>
        <source>Order %1 is about asset %2 (%3).</source>
        <translation>La orden %1 se refiere al activo %2 (%3).</translation>
    </message>
    <message>
        <source>ASSET_ID TEXT</source>
        <translation>ID_ACTIVO TEXTO</translation>
    </message>
    <message>
        <source>adds a note to the asset&apos;s history</source>
        <translation>añade una nota al historial del activo</translation>
    </message>
    <message>
        <source>Note added.</source>
        <translation>Nota añadida.</translation>
    </message>
    <message>
        <source>[--today YYYY-MM-DD] [--json]</source>
        <translation>[--today AAAA-MM-DD] [--json]</translation>
    </message>
    <message>
        <source>what the history teaches: repairs per installed asset by type and model, median days to the first repair, repairs under warranty; warranties ending in 90 days; assets past their type&apos;s typical first-failure age with no recent service</source>
        <translation>lo que enseña el historial: reparaciones por activo instalado según tipo y modelo, mediana de días hasta la primera reparación, reparaciones en garantía; garantías que terminan en 90 días; activos que pasan la edad típica de primera avería de su tipo sin servicio reciente</translation>
    </message>
    <message>
        <source>Count from this day instead of today.</source>
        <translation>Contar desde este día en lugar de hoy.</translation>
    </message>
    <message>
        <source>--today takes a date such as 2026-12-31.</source>
        <translation>--today lleva una fecha como 2026-12-31.</translation>
    </message>
    <message>
        <source>Repairs by type and model:</source>
        <translation>Reparaciones por tipo y modelo:</translation>
    </message>
    <message>
        <source>Warranties ending in the next 90 days:</source>
        <translation>Garantías que terminan en los próximos 90 días:</translation>
    </message>
    <message>
        <source>Past the typical age of first failure, with no recent service:</source>
        <translation>Pasada la edad típica de primera avería, sin servicio reciente:</translation>
    </message>
    <message>
        <source>%1 days old (typical first failure: %2)</source>
        <translation>%1 días de antigüedad (primera avería típica: %2)</translation>
    </message>
    <message>
        <source>CUSTOMER_ID --out FILE.pdf [--ids ID,ID]</source>
        <translation>ID_CLIENTE --out ARCHIVO.pdf [--ids ID,ID]</translation>
    </message>
    <message>
        <source>a printable sheet of QR labels (3 × 8 on A4) for the customer&apos;s assets, or those given</source>
        <translation>una hoja imprimible de etiquetas QR (3 × 8 en A4) para los activos del cliente, o los indicados</translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation>El archivo PDF que escribir.</translation>
    </message>
    <message>
        <source>Only these assets.</source>
        <translation>Solo estos activos.</translation>
    </message>
    <message>
        <source>assets labels needs --out FILE.pdf.</source>
        <translation>assets labels necesita --out ARCHIVO.pdf.</translation>
    </message>
    <message>
        <source>--ids takes asset numbers such as 4,7.</source>
        <translation>--ids lleva números de activo como 4,7.</translation>
    </message>
    <message>
        <source>Some of those assets are not this customer&apos;s.</source>
        <translation>Algunos de esos activos no son de este cliente.</translation>
    </message>
    <message>
        <source>The customer has no assets to label.</source>
        <translation>El cliente no tiene activos que etiquetar.</translation>
    </message>
    <message numerus="yes">
        <source>%n label(s) written to %1.</source>
        <translation>
            <numerusform>%n etiqueta escrita en %1.</numerusform>
            <numerusform>%n etiquetas escritas en %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The orders&apos; title.</source>
        <translation>El título de las órdenes.</translation>
    </message>
    <message>
        <source>The first due date.</source>
        <translation>El primer vencimiento.</translation>
    </message>
    <message>
        <source>Months between visits (12 by default; 0: once).</source>
        <translation>Meses entre visitas (12 si no se indica; 0: una vez).</translation>
    </message>
    <message>
        <source>The asset it is for.</source>
        <translation>El activo al que se refiere.</translation>
    </message>
    <message>
        <source>The site it is for (all its assets).</source>
        <translation>La dirección de obra a la que se refiere (todos sus activos).</translation>
    </message>
    <message>
        <source>How many days before the due date the order is made.</source>
        <translation>Cuántos días antes del vencimiento se crea la orden.</translation>
    </message>
    <message>
        <source>days</source>
        <translation>días</translation>
    </message>
    <message>
        <source>No due dates after this day.</source>
        <translation>Ningún vencimiento después de este día.</translation>
    </message>
    <message>
        <source>The orders&apos; job type (default: Maintenance).</source>
        <translation>El tipo de trabajo de las órdenes (Mantenimiento si no se indica).</translation>
    </message>
    <message>
        <source>--first takes the first due date, such as 2027-01-31.</source>
        <translation>--first lleva el primer vencimiento, como 2027-01-31.</translation>
    </message>
    <message>
        <source>--ends takes a date such as 2030-12-31.</source>
        <translation>--ends lleva una fecha como 2030-12-31.</translation>
    </message>
    <message>
        <source>--%1 takes a whole number.</source>
        <translation>--%1 lleva un número entero.</translation>
    </message>
    <message>
        <source>--%1 takes a number.</source>
        <translation>--%1 lleva un número.</translation>
    </message>
    <message>
        <source>Maintenance plan %1 added.</source>
        <translation>Plan de mantenimiento %1 añadido.</translation>
    </message>
    <message>
        <source>the active maintenance plans</source>
        <translation>los planes de mantenimiento activos</translation>
    </message>
    <message>
        <source>[--until YYYY-MM-DD] [--dry-run] [--json]</source>
        <translation>[--until AAAA-MM-DD] [--dry-run] [--json]</translation>
    </message>
    <message>
        <source>makes the maintenance orders due up to the date (today by default) plus each plan&apos;s lead days; never twice for a plan and date: run it daily</source>
        <translation>crea las órdenes de mantenimiento que vencen hasta la fecha (hoy si no se indica) más la antelación de cada plan; nunca dos veces para un plan y fecha: ejecútelo cada día</translation>
    </message>
    <message>
        <source>Make the orders of the plans due up to this day plus their lead days.</source>
        <translation>Crear las órdenes de los planes que vencen hasta este día más su antelación.</translation>
    </message>
    <message>
        <source>Say what would be made, making nothing.</source>
        <translation>Decir qué se crearía, sin crear nada.</translation>
    </message>
    <message>
        <source>--until takes a date such as 2026-12-31 (not “%1”).</source>
        <translation>--until lleva una fecha como 2026-12-31 (no «%1»).</translation>
    </message>
    <message>
        <source>Would make: plan %1, due %2</source>
        <translation>Se crearía: plan %1, vence el %2</translation>
    </message>
    <message>
        <source>%1: plan %2, due %3</source>
        <translation>%1: plan %2, vence el %3</translation>
    </message>
    <message numerus="yes">
        <source>%n maintenance order(s) made</source>
        <translation>
            <numerusform>%n orden de mantenimiento creada</numerusform>
            <numerusform>%n órdenes de mantenimiento creadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already there.</source>
        <translation>
            <numerusform>%n ya existía.</numerusform>
            <numerusform>%n ya existían.</numerusform>
        </translation>
    </message>
    <message>
        <source>FILE.csv [--dry-run]</source>
        <translation>ARCHIVO.csv [--dry-run]</translation>
    </message>
    <message>
        <source>customers from a spreadsheet&apos;s CSV (&apos;;&apos; or &apos;,&apos;, UTF-8 or Windows-1252, headers in Spanish or English): every row&apos;s problems are listed and nothing is imported unless there are none</source>
        <translation>clientes desde el CSV de una hoja de cálculo (&apos;;&apos; o &apos;,&apos;, UTF-8 o Windows-1252, encabezados en español o inglés): se listan los problemas de cada fila y no se importa nada mientras haya alguno</translation>
    </message>
    <message>
        <source>Only check the file: list each row and its problems.</source>
        <translation>Solo comprobar el archivo: listar cada fila y sus problemas.</translation>
    </message>
    <message>
        <source>Line %1 (%2): %3</source>
        <translation>Línea %1 (%2): %3</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) read</source>
        <translation>
            <numerusform>%n cliente leído</numerusform>
            <numerusform>%n clientes leídos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with problems.</source>
        <translation>
            <numerusform>%n con problemas.</numerusform>
            <numerusform>%n con problemas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported (--dry-run).</source>
        <translation>No se ha importado nada (--dry-run).</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) imported.</source>
        <translation>
            <numerusform>%n cliente importado.</numerusform>
            <numerusform>%n clientes importados.</numerusform>
        </translation>
    </message>
    <message>
        <source>--out FILE.csv [--open]</source>
        <translation>--out ARCHIVO.csv [--open]</translation>
    </message>
    <message>
        <source>every order (or the open ones) as a CSV for a Spanish spreadsheet (&apos;;&apos;, decimal commas, UTF-8 with BOM)</source>
        <translation>todas las órdenes (o las abiertas) como CSV para una hoja de cálculo en español (&apos;;&apos;, comas decimales, UTF-8 con BOM)</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>El archivo que escribir.</translation>
    </message>
    <message>
        <source>Only the open orders.</source>
        <translation>Solo las órdenes abiertas.</translation>
    </message>
    <message>
        <source>export orders needs --out FILE.csv.</source>
        <translation>export orders necesita --out ARCHIVO.csv.</translation>
    </message>
    <message>
        <source>Orders written to %1.</source>
        <translation>Órdenes escritas en %1.</translation>
    </message>
    <message>
        <source>Assets at customers&apos; sites and maintenance plans:</source>
        <translation>Activos en las obras de los clientes y planes de mantenimiento:</translation>
    </message>
    <message>
        <source>Spreadsheets (CSV):</source>
        <translation>Hojas de cálculo (CSV):</translation>
    </message>
    <message>
        <source>ID,ID... [--title TEXT] [--due YYYY-MM-DD]</source>
        <translation>ID,ID... [--title TEXTO] [--due AAAA-MM-DD]</translation>
    </message>
    <message>
        <source>makes a maintenance order per site for the assets given (those an open order already names are left out)</source>
        <translation>crea una orden de mantenimiento por dirección para los activos indicados (se omiten los que ya nombra una orden abierta)</translation>
    </message>
    <message>
        <source>The orders&apos; title (default: Maintenance visit).</source>
        <translation>El título de las órdenes (por omisión: Visita de mantenimiento).</translation>
    </message>
    <message>
        <source>The day the orders are due (default: in 30 days).</source>
        <translation>El día de vencimiento de las órdenes (por omisión: dentro de 30 días).</translation>
    </message>
    <message>
        <source>Give the asset numbers such as 4,7 (not “%1”).</source>
        <translation>Indique los números de activo, como 4,7 (no «%1»).</translation>
    </message>
    <message>
        <source>--due takes a date such as 2026-12-31 (not “%1”).</source>
        <translation>--due admite una fecha como 2026-12-31 (no «%1»).</translation>
    </message>
    <message>
        <source>%1: due %2</source>
        <translation>%1: vence el %2</translation>
    </message>
    <message>
        <source>Asset %1: an open order already names it; none made.</source>
        <translation>Activo %1: ya lo nombra una orden abierta; no se crea ninguna.</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) made.</source>
        <translation>
            <numerusform>%n orden creada.</numerusform>
            <numerusform>%n órdenes creadas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n installed, no repairs</source>
        <translation>
            <numerusform>%n instalado, sin reparaciones</numerusform>
            <numerusform>%n instalados, sin reparaciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 installed, %n repair(s) (%2 under warranty), the first after a median of %3 days</source>
        <translation>
            <numerusform>%1 instalados, %n reparación (%2 en garantía), la primera tras una mediana de %3 días</numerusform>
            <numerusform>%1 instalados, %n reparaciones (%2 en garantía), la primera tras una mediana de %3 días</numerusform>
        </translation>
    </message>
    <message>
        <source>CUSTOMER_ID --title TEXT --first YYYY-MM-DD [--every MONTHS] [--asset ID] [--site ID] [--lead-days N] [--ends YYYY-MM-DD] [--season M-M] [--job-type TEXT]</source>
        <translation>ID_CLIENTE --title TEXTO --first AAAA-MM-DD [--every MESES] [--asset ID] [--site ID] [--lead-days N] [--ends AAAA-MM-DD] [--season M-M] [--job-type TEXTO]</translation>
    </message>
    <message>
        <source>a maintenance plan: an order every N months (0: once) from the first due date, made N lead days ahead (30 by default), for one asset or all of a site&apos;s, all year or only in a season</source>
        <translation>un plan de mantenimiento: una orden cada N meses (0: una vez) desde la primera fecha, creada N días antes (30 por defecto), para un activo o todos los de una dirección, todo el año o solo en una temporada</translation>
    </message>
    <message>
        <source>Only in these months, such as 6-9 (June to September) or 11-2.</source>
        <translation>Solo en estos meses, como 6-9 (de junio a septiembre) o 11-2.</translation>
    </message>
    <message>
        <source>--season takes two month numbers, such as 6-9 (June to September).</source>
        <translation>--season necesita dos números de mes, como 6-9 (de junio a septiembre).</translation>
    </message>
    <message>
        <source>Demo data written to %1: %2 orders (%3 open), %4 customers, %5 staff, %6 appointments, %7 history events, %8 invoices, %9 assets, in %10 s.</source>
        <translation>Datos de demostración escritos en %1: %2 órdenes (%3 abiertas), %4 clientes, %5 personas, %6 citas, %7 eventos de historial, %8 facturas, %9 activos, en %10 s.</translation>
    </message>
    <message numerus="yes">
        <source>%n site(s) read</source>
        <translation>
            <numerusform>%n dirección leída</numerusform>
            <numerusform>%n direcciones leídas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n asset(s) read</source>
        <translation>
            <numerusform>%n activo leído</numerusform>
            <numerusform>%n activos leídos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) read</source>
        <translation>
            <numerusform>%n orden leída</numerusform>
            <numerusform>%n órdenes leídas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n site(s) imported.</source>
        <translation>
            <numerusform>%n dirección importada.</numerusform>
            <numerusform>%n direcciones importadas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n asset(s) imported.</source>
        <translation>
            <numerusform>%n activo importado.</numerusform>
            <numerusform>%n activos importados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) imported.</source>
        <translation>
            <numerusform>%n orden importada.</numerusform>
            <numerusform>%n órdenes importadas.</numerusform>
        </translation>
    </message>
    <message>
        <source>--out FILE.csv</source>
        <translation>--out ARCHIVO.csv</translation>
    </message>
    <message>
        <source>export %1 needs --out FILE.csv.</source>
        <translation>export %1 necesita --out ARCHIVO.csv.</translation>
    </message>
    <message>
        <source>customers&apos; sites (Cliente or NIF, Dirección, Código postal, Ciudad) from a CSV, all or nothing</source>
        <translation>direcciones de obra de los clientes (Cliente o NIF, Dirección, Código postal, Ciudad) desde un CSV, todo o nada</translation>
    </message>
    <message>
        <source>assets (Cliente or NIF, Dirección, Tipo, Modelo, Nº de serie, Fecha de instalación, Fin de garantía) from a CSV, all or nothing</source>
        <translation>activos (Cliente o NIF, Dirección, Tipo, Modelo, Nº de serie, Fecha de instalación, Fin de garantía) desde un CSV, todo o nada</translation>
    </message>
    <message>
        <source>open orders (Cliente or NIF, Dirección, Título, Paso, Fecha límite, Importe) from a CSV, all or nothing; each created as by hand, then moved to its step</source>
        <translation>órdenes abiertas (Cliente o NIF, Dirección, Título, Paso, Fecha límite, Importe) desde un CSV, todo o nada; cada una se crea como a mano y después pasa a su paso</translation>
    </message>
    <message>
        <source>every customer as a CSV that import customers reads back</source>
        <translation>todos los clientes en un CSV que import customers vuelve a leer</translation>
    </message>
    <message>
        <source>every site but the customer&apos;s own address as a CSV that import sites reads back</source>
        <translation>todas las direcciones de obra salvo la del propio cliente en un CSV que import sites vuelve a leer</translation>
    </message>
    <message>
        <source>every active asset as a CSV that import assets reads back</source>
        <translation>todos los activos en servicio en un CSV que import assets vuelve a leer</translation>
    </message>
    <message>
        <source>About how many orders are still open today (a busy board: 10000).</source>
        <translation>Aproximadamente cuántas órdenes siguen abiertas hoy (un tablero con mucho trabajo: 10000).</translation>
    </message>
    <message>
        <source>--size small|medium|large|huge [--seed N] [--today YYYY-MM-DD] [--open-orders N]</source>
        <translation>--size small|medium|large|huge [--seed N] [--today AAAA-MM-DD] [--open-orders N]</translation>
    </message>
    <message>
        <source>--open-orders takes a number of orders from 1 to 100000.</source>
        <translation>--open-orders necesita un número de órdenes entre 1 y 100000.</translation>
    </message>
</context>
<context>
    <name>ordo::CompanyIdentity</name>
    <message>
        <source>This database has no company id yet: open it once with Ordo or with an ordo-cli command that writes.</source>
        <translation>Esta base de datos aún no tiene identificador de empresa: ábrala una vez con Ordo o con una orden de ordo-cli que escriba.</translation>
    </message>
</context>
<context>
    <name>ordo::CompanyProfiles</name>
    <message>
        <source>Rectifying invoices need a series of their own, different from the ordinary one.</source>
        <translation>Las facturas rectificativas necesitan una serie propia, distinta de la ordinaria.</translation>
    </message>
    <message>
        <source>Payment terms must be between 0 and 365 days.</source>
        <translation>El plazo de pago debe estar entre 0 y 365 días.</translation>
    </message>
    <message>
        <source>Simplified invoices need a series of their own, different from the ordinary and the rectifying ones.</source>
        <translation>Las facturas simplificadas necesitan una serie propia, distinta de la ordinaria y de la rectificativa.</translation>
    </message>
    <message>
        <source>Simplified invoices may total at most 3.000,00 € (400,00 € for most businesses); the limit must be between 0 and 3.000,00 €.</source>
        <translation>Las facturas simplificadas pueden sumar como máximo 3.000,00 € (400,00 € para la mayoría de negocios); el límite debe estar entre 0 y 3.000,00 €.</translation>
    </message>
</context>
<context>
    <name>ordo::CompanySettingsDialog</name>
    <message>
        <source>Company and e-mail</source>
        <translation>Empresa y correo</translation>
    </message>
    <message>
        <source>Legal name:</source>
        <translation>Razón social:</translation>
    </message>
    <message>
        <source>Tax ID (NIF/CIF):</source>
        <translation>NIF/CIF:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Dirección:</translation>
    </message>
    <message>
        <source>Postcode:</source>
        <translation>Código postal:</translation>
    </message>
    <message>
        <source>City:</source>
        <translation>Localidad:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Teléfono:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>Correo electrónico:</translation>
    </message>
    <message>
        <source>IBAN:</source>
        <translation>IBAN:</translation>
    </message>
    <message>
        <source>Days to pay:</source>
        <translation>Días para pagar:</translation>
    </message>
    <message>
        <source>Payment terms text:</source>
        <translation>Texto de condiciones de pago:</translation>
    </message>
    <message>
        <source>Invoice footer:</source>
        <translation>Pie de factura:</translation>
    </message>
    <message>
        <source>Invoice series prefix:</source>
        <translation>Prefijo de la serie de facturas:</translation>
    </message>
    <message>
        <source>Rectifying series prefix:</source>
        <translation>Prefijo de la serie rectificativa:</translation>
    </message>
    <message>
        <source>Mail server:</source>
        <translation>Servidor de correo:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Puerto:</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Usuario:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Contraseña:</translation>
    </message>
    <message>
        <source>Sender address:</source>
        <translation>Dirección del remitente:</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>Days to pay must be a whole number.</source>
        <translation>Los días para pagar deben ser un número entero.</translation>
    </message>
    <message>
        <source>Choose a logo…</source>
        <translation>Elegir un logotipo…</translation>
    </message>
    <message>
        <source>Change the logo…</source>
        <translation>Cambiar el logotipo…</translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation>Logotipo:</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logotipo</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Imágenes (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>%1 is not an image Ordo can read.</source>
        <translation>%1 no es una imagen que Ordo pueda leer.</translation>
    </message>
    <message>
        <source>The password is kept in %1, not in the company&apos;s database.</source>
        <translation>La contraseña se guarda en %1, no en la base de datos de la empresa.</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Leyendo…</translation>
    </message>
    <message>
        <source>Could not be read: %1</source>
        <translation>No se pudo leer: %1</translation>
    </message>
    <message>
        <source>The mail password could not be kept, so nothing was saved: %1</source>
        <translation>No se pudo guardar la contraseña del correo, así que no se guardó nada: %1</translation>
    </message>
</context>
<context>
    <name>ordo::CompanySetup</name>
    <message>
        <source>The order number prefix may have up to 8 letters, digits, “-”, “/” or “_”, e.g. OT-.</source>
        <translation>El prefijo de los números de orden puede tener hasta 8 letras, cifras, «-», «/» o «_», p. ej. OT-.</translation>
    </message>
    <message>
        <source>Write the company&apos;s legal name, as invoices print it.</source>
        <translation>Escriba la razón social de la empresa, como la imprimen las facturas.</translation>
    </message>
    <message>
        <source>The default VAT rate must be between 0 % and 100 %.</source>
        <translation>El tipo de IVA habitual debe estar entre el 0 % y el 100 %.</translation>
    </message>
    <message>
        <source>Every person needs a name.</source>
        <translation>Cada persona necesita un nombre.</translation>
    </message>
    <message>
        <source>%1 is written twice.</source>
        <translation>%1 está escrito dos veces.</translation>
    </message>
    <message>
        <source>%1&apos;s working hours: choose the days and an end after the start.</source>
        <translation>Horario de %1: elija los días y una hora de fin posterior a la de inicio.</translation>
    </message>
    <message>
        <source>%1 is already in Staff.</source>
        <translation>%1 ya está en Personal.</translation>
    </message>
    <message>
        <source>The company already has orders: change its process in Process instead.</source>
        <translation>La empresa ya tiene órdenes: cambie su proceso en Proceso.</translation>
    </message>
</context>
<context>
    <name>ordo::CompanySetupWizard</name>
    <message>
        <source>Set up the company</source>
        <translation>Configurar la empresa</translation>
    </message>
    <message>
        <source>Your company</source>
        <translation>Su empresa</translation>
    </message>
    <message>
        <source>As your invoices will print it. Everything can be changed later in Settings › Company and e-mail.</source>
        <translation>Tal como la imprimirán sus facturas. Todo se puede cambiar después en Configuración › Empresa y correo.</translation>
    </message>
    <message>
        <source>B12345678</source>
        <translation>B12345678</translation>
    </message>
    <message>
        <source>ES91 2100 0418 4502 0005 1332</source>
        <translation>ES91 2100 0418 4502 0005 1332</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>WO-</source>
        <extracomment>The order number prefix a new company is offered: Spanish offices write &quot;OT-&quot; (orden de trabajo).</extracomment>
        <translation>OT-</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Sin logotipo</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Legal name:</source>
        <translation>Razón social:</translation>
    </message>
    <message>
        <source>Tax ID (NIF/CIF):</source>
        <translation>NIF/CIF:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Dirección:</translation>
    </message>
    <message>
        <source>Postcode and town:</source>
        <translation>Código postal y localidad:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Teléfono:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>Correo electrónico:</translation>
    </message>
    <message>
        <source>IBAN (printed on invoices):</source>
        <translation>IBAN (se imprime en las facturas):</translation>
    </message>
    <message>
        <source>Usual VAT rate:</source>
        <translation>Tipo de IVA habitual:</translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation>Logotipo:</translation>
    </message>
    <message>
        <source>Order numbers start with:</source>
        <translation>Los números de orden empiezan por:</translation>
    </message>
    <message>
        <source>The people</source>
        <translation>Las personas</translation>
    </message>
    <message>
        <source>Who works with you, with their hours and, for visits, the postcodes they cover (the first digits: 280, 281). Each gets an account; passwords and PINs are set in Settings › Accounts and permissions.</source>
        <translation>Quién trabaja con usted, con su horario y, para las visitas, los códigos postales que cubre (las primeras cifras: 280, 281). Cada persona recibe una cuenta; las contraseñas y los PIN se ponen en Configuración › Cuentas y permisos.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>Saturdays</source>
        <translation>Sábados</translation>
    </message>
    <message>
        <source>Postcodes</source>
        <translation>Códigos postales</translation>
    </message>
    <message>
        <source>Add a person</source>
        <translation>Añadir una persona</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>You can leave this for later and add people in Staff.</source>
        <translation>Puede dejarlo para más tarde y añadir a las personas en Personal.</translation>
    </message>
    <message>
        <source>Your process</source>
        <translation>Su proceso</translation>
    </message>
    <message>
        <source>The steps an order goes through, from the call to the payment. Start from the one closest to your work; you can change it at any time in Process.</source>
        <translation>Los pasos por los que pasa una orden, de la llamada al cobro. Empiece por el más parecido a su trabajo; puede cambiarlo cuando quiera en Proceso.</translation>
    </message>
    <message>
        <source>Window installation</source>
        <translation>Instalación de ventanas</translation>
    </message>
    <message>
        <source>Call, estimate visit, quote, installation booked, work, invoice, paid.</source>
        <translation>Llamada, visita de presupuesto, presupuesto, instalación programada, trabajo, factura, cobro.</translation>
    </message>
    <message>
        <source>Repairs and maintenance</source>
        <translation>Reparaciones y mantenimiento</translation>
    </message>
    <message>
        <source>Call, the technician&apos;s visit, work, invoice, paid — no quote.</source>
        <translation>Llamada, visita del técnico, trabajo, factura, cobro — sin presupuesto.</translation>
    </message>
    <message>
        <source>Minimal, to build my own</source>
        <translation>Mínimo, para hacer el mío</translation>
    </message>
    <message>
        <source>Call, work completed, invoice, paid: add your own steps in Process.</source>
        <translation>Llamada, trabajo completado, factura, cobro: añada sus propios pasos en Proceso.</translation>
    </message>
    <message>
        <source>Choose the logo</source>
        <translation>Elegir el logotipo</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Imágenes (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>%1 is not an image Ordo can read (PNG or JPEG).</source>
        <translation>%1 no es una imagen que Ordo pueda leer (PNG o JPEG).</translation>
    </message>
    <message>
        <source>Write the company&apos;s legal name, as invoices print it.</source>
        <translation>Escriba la razón social de la empresa, como la imprimen las facturas.</translation>
    </message>
</context>
<context>
    <name>ordo::ConnectServerDialog</name>
    <message>
        <source>Remember the password in this PC&apos;s keyring</source>
        <translation>Recordar la contraseña en el llavero de este PC</translation>
    </message>
    <message>
        <source>Connect to the office server</source>
        <translation>Conectar con el servidor de la oficina</translation>
    </message>
    <message>
        <source>Several PCs share one Ordo database on the office&apos;s PostgreSQL server. Ask whoever set it up for these details (see the README&apos;s office set-up).</source>
        <translation>Varios PC comparten una base de datos de Ordo en el servidor PostgreSQL de la oficina. Pida estos datos a quien lo instaló (vea la instalación de la oficina en el README).</translation>
    </message>
    <message>
        <source>oficina-pc or 192.168.1.10</source>
        <translation>oficina-pc o 192.168.1.10</translation>
    </message>
    <message>
        <source>ventanas_sol</source>
        <translation>ventanas_sol</translation>
    </message>
    <message>
        <source>your user on the server</source>
        <translation>su usuario en el servidor</translation>
    </message>
    <message>
        <source>Encrypted, and the server&apos;s certificate checked (verify-full)</source>
        <translation>Cifrada, comprobando el certificado del servidor (verify-full)</translation>
    </message>
    <message>
        <source>Encrypted (require)</source>
        <translation>Cifrada (require)</translation>
    </message>
    <message>
        <source>Encrypted when the server offers it (prefer)</source>
        <translation>Cifrada si el servidor lo ofrece (prefer)</translation>
    </message>
    <message>
        <source>Not encrypted: only on this PC or a trusted network (disable)</source>
        <translation>Sin cifrar: solo en este PC o en una red de confianza (disable)</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Servidor:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Puerto:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Base de datos:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>&amp;Encryption:</source>
        <translation>C&amp;ifrado:</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Conectar</translation>
    </message>
    <message>
        <source>Name the server PC.</source>
        <translation>Indique el PC servidor.</translation>
    </message>
    <message>
        <source>Name the database on the server.</source>
        <translation>Indique la base de datos del servidor.</translation>
    </message>
    <message>
        <source>Give your user on the server.</source>
        <translation>Indique su usuario en el servidor.</translation>
    </message>
</context>
<context>
    <name>ordo::CsvTransfer</name>
    <message>
        <source>The file is empty.</source>
        <translation>El archivo está vacío.</translation>
    </message>
    <message>
        <source>The file has more than %1 rows; split it.</source>
        <translation>El archivo tiene más de %1 filas; divídalo.</translation>
    </message>
    <message>
        <source>Two columns are read as the same field: “%1” and “%2”.</source>
        <translation>Dos columnas se leen como el mismo campo: «%1» y «%2».</translation>
    </message>
    <message>
        <source>No column names the customer: the first line must be the headers, one of them Nombre or name.</source>
        <translation>Ninguna columna nombra al cliente: la primera línea deben ser los encabezados, uno de ellos Nombre o name.</translation>
    </message>
    <message>
        <source>%1 fields where the header has %2 (a separator inside a value that is not in quotes?).</source>
        <translation>%1 campos donde el encabezado tiene %2 (¿un separador dentro de un valor sin comillas?).</translation>
    </message>
    <message>
        <source>No name.</source>
        <translation>Sin nombre.</translation>
    </message>
    <message>
        <source>The name is longer than 200 characters.</source>
        <translation>El nombre tiene más de 200 caracteres.</translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address.</source>
        <translation>«%1» no es una dirección de correo electrónico.</translation>
    </message>
    <message>
        <source>“%1” is not a postcode.</source>
        <translation>«%1» no es un código postal.</translation>
    </message>
    <message>
        <source>Already a customer: %1 has the NIF %2.</source>
        <translation>Ya es cliente: %1 tiene el NIF %2.</translation>
    </message>
    <message>
        <source>The same NIF as line %1.</source>
        <translation>El mismo NIF que la línea %1.</translation>
    </message>
    <message>
        <source>Already a customer: %1 has the phone %2.</source>
        <translation>Ya es cliente: %1 tiene el teléfono %2.</translation>
    </message>
    <message>
        <source>The same phone as line %1.</source>
        <translation>El mismo teléfono que la línea %1.</translation>
    </message>
    <message>
        <source>Already a customer: %1 has the e-mail %2.</source>
        <translation>Ya es cliente: %1 tiene el correo %2.</translation>
    </message>
    <message>
        <source>The same e-mail as line %1.</source>
        <translation>El mismo correo que la línea %1.</translation>
    </message>
    <message>
        <source>The file has headers but no customers.</source>
        <translation>El archivo tiene encabezados pero ningún cliente.</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>No se ha importado nada.</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>línea %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have problems; nothing was imported.</source>
        <translation>
            <numerusform>%n fila tiene problemas; no se ha importado nada.</numerusform>
            <numerusform>%n filas tienen problemas; no se ha importado nada.</numerusform>
        </translation>
    </message>
    <message>
        <source>Line %1: %2 Nothing was imported.</source>
        <translation>Línea %1: %2 No se ha importado nada.</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>NIF</source>
        <translation>NIF</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Dirección de obra</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Código postal</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <source>Job type</source>
        <translation>Tipo de trabajo</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creada</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Asignada a</translation>
    </message>
    <message>
        <source>Base amount</source>
        <translation>Base imponible</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Nº de serie</translation>
    </message>
    <message>
        <source>Installed</source>
        <translation>Fecha de instalación</translation>
    </message>
    <message>
        <source>Warranty end</source>
        <translation>Fin de garantía</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>No column names the customer: the first line must be the headers, one of them Cliente, NIF, Teléfono or Email (customer, tax_id, phone, email).</source>
        <translation>Ninguna columna nombra al cliente: la primera línea deben ser los encabezados, uno de ellos Cliente, NIF, Teléfono o Email (customer, tax_id, phone, email).</translation>
    </message>
    <message>
        <source>No column holds the address: one of the headers must be Dirección or address.</source>
        <translation>Ninguna columna tiene la dirección: uno de los encabezados debe ser Dirección o address.</translation>
    </message>
    <message>
        <source>No column holds the asset&apos;s type: one of the headers must be Tipo or type.</source>
        <translation>Ninguna columna tiene el tipo de activo: uno de los encabezados debe ser Tipo o type.</translation>
    </message>
    <message>
        <source>No column holds the order&apos;s title: one of the headers must be Título or title.</source>
        <translation>Ninguna columna tiene el título de la orden: uno de los encabezados debe ser Título o title.</translation>
    </message>
    <message>
        <source>No customer has the NIF %1.</source>
        <translation>Ningún cliente tiene el NIF %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n customers have the NIF %1: give their phone instead.</source>
        <translation>
            <numerusform>%n cliente tiene el NIF %1: indique su teléfono.</numerusform>
            <numerusform>%n clientes tienen el NIF %1: indique su teléfono.</numerusform>
        </translation>
    </message>
    <message>
        <source>No customer has the phone %1.</source>
        <translation>Ningún cliente tiene el teléfono %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n customers have the phone %1: give their NIF instead.</source>
        <translation>
            <numerusform>%n cliente tiene el teléfono %1: indique su NIF.</numerusform>
            <numerusform>%n clientes tienen el teléfono %1: indique su NIF.</numerusform>
        </translation>
    </message>
    <message>
        <source>No customer has the e-mail %1.</source>
        <translation>Ningún cliente tiene el correo %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n customers have the e-mail %1: give their NIF or phone instead.</source>
        <translation>
            <numerusform>%n cliente tiene el correo %1: indique su NIF o su teléfono.</numerusform>
            <numerusform>%n clientes tienen el correo %1: indique su NIF o su teléfono.</numerusform>
        </translation>
    </message>
    <message>
        <source>No customer is called “%1”.</source>
        <translation>Ningún cliente se llama «%1».</translation>
    </message>
    <message numerus="yes">
        <source>%n customers are called “%1”: give their NIF or phone.</source>
        <translation>
            <numerusform>%n cliente se llama «%1»: indique su NIF o su teléfono.</numerusform>
            <numerusform>%n clientes se llaman «%1»: indique su NIF o su teléfono.</numerusform>
        </translation>
    </message>
    <message>
        <source>No customer: give their name, NIF, phone or e-mail.</source>
        <translation>Sin cliente: indique su nombre, NIF, teléfono o correo.</translation>
    </message>
    <message>
        <source>%1 has no site at “%2”: import the sites first, or leave the address empty.</source>
        <translation>%1 no tiene ninguna dirección de obra en «%2»: importe antes las direcciones o deje la dirección vacía.</translation>
    </message>
    <message>
        <source>“%1” is not a date (write 31/12/2024 or 2024-12-31).</source>
        <translation>«%1» no es una fecha (escriba 31/12/2024 o 2024-12-31).</translation>
    </message>
    <message>
        <source>No address.</source>
        <translation>Sin dirección.</translation>
    </message>
    <message>
        <source>The address is longer than 500 characters.</source>
        <translation>La dirección tiene más de 500 caracteres.</translation>
    </message>
    <message>
        <source>Already a site of %1: %2.</source>
        <translation>Ya es una dirección de obra de %1: %2.</translation>
    </message>
    <message>
        <source>The same site as line %1.</source>
        <translation>La misma dirección que la línea %1.</translation>
    </message>
    <message>
        <source>No type (window, blind, boiler…).</source>
        <translation>Sin tipo (ventana, persiana, caldera…).</translation>
    </message>
    <message>
        <source>A field of the asset is too long.</source>
        <translation>Un campo del activo es demasiado largo.</translation>
    </message>
    <message>
        <source>The warranty ends (%1) before the installation (%2).</source>
        <translation>La garantía termina (%1) antes de la instalación (%2).</translation>
    </message>
    <message>
        <source>Already an asset of %1: %2 has the serial number %3.</source>
        <translation>Ya es un activo de %1: %2 tiene el número de serie %3.</translation>
    </message>
    <message>
        <source>The same serial number as line %1.</source>
        <translation>El mismo número de serie que la línea %1.</translation>
    </message>
    <message>
        <source>“%1” is not a priority (%2).</source>
        <translation>«%1» no es una prioridad (%2).</translation>
    </message>
    <message>
        <source>“%1” is not an amount (write 1.234,56).</source>
        <translation>«%1» no es un importe (escriba 1.234,56).</translation>
    </message>
    <message>
        <source>The process map has no step “%1” (%2).</source>
        <translation>El mapa del proceso no tiene el paso «%1» (%2).</translation>
    </message>
    <message>
        <source>“%1” is not a step of open orders; only open orders are imported (%2).</source>
        <translation>«%1» no es un paso de órdenes abiertas; solo se importan órdenes abiertas (%2).</translation>
    </message>
    <message>
        <source>“%1” is about the order&apos;s invoice; import the order into an earlier step (%2).</source>
        <translation>«%1» es de la factura de la orden; importe la orden en un paso anterior (%2).</translation>
    </message>
    <message>
        <source>No title.</source>
        <translation>Sin título.</translation>
    </message>
    <message>
        <source>The title is longer than 500 characters.</source>
        <translation>El título tiene más de 500 caracteres.</translation>
    </message>
    <message>
        <source>Already an open order of %1: %2 “%3”.</source>
        <translation>Ya es una orden abierta de %1: %2 «%3».</translation>
    </message>
    <message>
        <source>The same order as line %1.</source>
        <translation>La misma orden que la línea %1.</translation>
    </message>
    <message>
        <source>The file has headers but no rows to import.</source>
        <translation>El archivo tiene encabezados pero ninguna fila que importar.</translation>
    </message>
    <message>
        <source>Phone 2</source>
        <translation>Teléfono 2</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Specification</source>
        <translation>Especificación</translation>
    </message>
    <message>
        <source>The installation date (%1) is in the future.</source>
        <translation>La fecha de instalación (%1) es futura.</translation>
    </message>
</context>
<context>
    <name>ordo::CustomerForm</name>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>Tax &amp;ID (NIF):</source>
        <translation>&amp;NIF:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Teléfono:</translation>
    </message>
    <message>
        <source>Other phone:</source>
        <translation>Otro teléfono:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;Correo electrónico:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Dirección:</translation>
    </message>
    <message>
        <source>Postcode:</source>
        <translation>Código postal:</translation>
    </message>
    <message>
        <source>City:</source>
        <translation>Localidad:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notas:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Teléfono:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>Correo electrónico:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Dirección:</translation>
    </message>
    <message>
        <source>Postcode, city:</source>
        <translation>Código postal, localidad:</translation>
    </message>
    <message>
        <source>The customer needs a name.</source>
        <translation>El cliente necesita un nombre.</translation>
    </message>
    <message>
        <source>This phone or e-mail already belongs to: %1. Click to use that customer instead.</source>
        <translation>Este teléfono o correo ya pertenece a: %1. Pulse para usar ese cliente.</translation>
    </message>
    <message>
        <source>Invoices in:</source>
        <translation>Facturas en:</translation>
    </message>
</context>
<context>
    <name>ordo::CustomerImportDialog</name>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>Import customers</source>
        <translation>Importar clientes</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>&amp;Elegir archivo…</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt)</source>
        <translation>Archivos CSV (*.csv *.txt)</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>No se ha podido leer %1: %2</translation>
    </message>
    <message>
        <source>%1 cannot be imported: %2</source>
        <translation>%1 no se puede importar: %2</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Lista</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2, “%3”): %n customer(s) read.</source>
        <translation>
            <numerusform>%1 (%2, «%3»): %n cliente leído.</numerusform>
            <numerusform>%1 (%2, «%3»): %n clientes leídos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have problems: correct them in the spreadsheet and choose the file again; nothing will be imported until then.</source>
        <translation>
            <numerusform>%n fila tiene problemas: corríjala en la hoja de cálculo y vuelva a elegir el archivo; hasta entonces no se importará nada.</numerusform>
            <numerusform>%n filas tienen problemas: corríjalas en la hoja de cálculo y vuelva a elegir el archivo; hasta entonces no se importará nada.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every row is right.</source>
        <translation>Todas las filas están bien.</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) imported.</source>
        <translation>
            <numerusform>%n cliente importado.</numerusform>
            <numerusform>%n clientes importados.</numerusform>
        </translation>
    </message>
    <message>
        <source>The first line names the columns: Nombre, NIF, Teléfono, Email, Dirección, Código postal, Ciudad (or name, tax_id, phone, email, address, postcode, city).</source>
        <translation>La primera línea nombra las columnas: Nombre, NIF, Teléfono, Email, Dirección, Código postal, Ciudad (o name, tax_id, phone, email, address, postcode, city).</translation>
    </message>
    <message>
        <source>The first line names the columns: Cliente or NIF (whose site it is), Dirección, Código postal, Ciudad, Notas (or customer, tax_id, address, postcode, city, notes). The customers must be in Ordo already.</source>
        <translation>La primera línea nombra las columnas: Cliente o NIF (de quién es la dirección), Dirección, Código postal, Ciudad, Notas (o customer, tax_id, address, postcode, city, notes). Los clientes deben estar ya en Ordo.</translation>
    </message>
    <message>
        <source>The first line names the columns: Cliente or NIF, Dirección (one of the customer&apos;s sites), Tipo, Modelo, Especificación, Nº de serie, Fecha de instalación, Fin de garantía, Notas (or customer, tax_id, address, type, model, specification, serial, installed, warranty_end, notes). Dates as 31/12/2024 or 2024-12-31.</source>
        <translation>La primera línea nombra las columnas: Cliente o NIF, Dirección (una de las direcciones de obra del cliente), Tipo, Modelo, Especificación, Nº de serie, Fecha de instalación, Fin de garantía, Notas (o customer, tax_id, address, type, model, specification, serial, installed, warranty_end, notes). Fechas como 31/12/2024 o 2024-12-31.</translation>
    </message>
    <message>
        <source>The first line names the columns: Cliente or NIF, Dirección (one of the customer&apos;s sites), Título, Descripción, Tipo de trabajo, Prioridad, Paso (the map&apos;s first step when empty), Fecha límite, Importe (or customer, tax_id, address, title, description, job_type, priority, step, due, amount). Each order is created as if by hand, in your name.</source>
        <translation>La primera línea nombra las columnas: Cliente o NIF, Dirección (una de las direcciones de obra del cliente), Título, Descripción, Tipo de trabajo, Prioridad, Paso (el primero del mapa si está vacío), Fecha límite, Importe (o customer, tax_id, address, title, description, job_type, priority, step, due, amount). Cada orden se crea como si se hiciera a mano, a su nombre.</translation>
    </message>
    <message>
        <source>Import sites</source>
        <translation>Importar direcciones de obra</translation>
    </message>
    <message>
        <source>Import assets</source>
        <translation>Importar activos</translation>
    </message>
    <message>
        <source>Import open orders</source>
        <translation>Importar órdenes abiertas</translation>
    </message>
    <message>
        <source>Import from a spreadsheet</source>
        <translation>Importar desde una hoja de cálculo</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <source>Sites (customers&apos; addresses)</source>
        <translation>Direcciones de obra de los clientes</translation>
    </message>
    <message>
        <source>Assets installed at the sites</source>
        <translation>Activos instalados en las obras</translation>
    </message>
    <message>
        <source>Open orders</source>
        <translation>Órdenes abiertas</translation>
    </message>
    <message>
        <source>The file &amp;holds:</source>
        <translation>El archivo &amp;contiene:</translation>
    </message>
    <message>
        <source>Choose a CSV file saved from a spreadsheet (“;” or “,”, UTF-8 or Windows-1252).</source>
        <translation>Elija un archivo CSV guardado desde una hoja de cálculo («;» o «,», UTF-8 o Windows-1252).</translation>
    </message>
    <message>
        <source>Nothing is written until every row is right.</source>
        <translation>No se guarda nada hasta que todas las filas estén bien.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2, “%3”): %n site(s) read.</source>
        <translation>
            <numerusform>%1 (%2, «%3»): %n dirección leída.</numerusform>
            <numerusform>%1 (%2, «%3»): %n direcciones leídas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2, “%3”): %n asset(s) read.</source>
        <translation>
            <numerusform>%1 (%2, «%3»): %n activo leído.</numerusform>
            <numerusform>%1 (%2, «%3»): %n activos leídos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2, “%3”): %n order(s) read.</source>
        <translation>
            <numerusform>%1 (%2, «%3»): %n orden leída.</numerusform>
            <numerusform>%1 (%2, «%3»): %n órdenes leídas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n site(s) imported.</source>
        <translation>
            <numerusform>%n dirección importada.</numerusform>
            <numerusform>%n direcciones importadas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n asset(s) imported.</source>
        <translation>
            <numerusform>%n activo importado.</numerusform>
            <numerusform>%n activos importados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) imported.</source>
        <translation>
            <numerusform>%n orden importada.</numerusform>
            <numerusform>%n órdenes importadas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ordo::CustomerRepository</name>
    <message>
        <source>A customer needs a name.</source>
        <translation>El cliente necesita un nombre.</translation>
    </message>
    <message>
        <source>A site needs an address.</source>
        <translation>La obra necesita una dirección.</translation>
    </message>
    <message>
        <source>There is no customer number %1.</source>
        <translation>No existe el cliente número %1.</translation>
    </message>
    <message>
        <source>The customer %1</source>
        <extracomment>The subject of &quot;%1 was changed by someone else meanwhile…&quot;</extracomment>
        <translation>la ficha del cliente %1</translation>
    </message>
</context>
<context>
    <name>ordo::CustomersView</name>
    <message>
        <source>Search customers: name, phone, e-mail, address…</source>
        <translation>Buscar clientes: nombre, teléfono, correo, dirección…</translation>
    </message>
    <message>
        <source>Save customer</source>
        <translation>Guardar cliente</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <source>The customer %1 has changes that are not saved.</source>
        <translation>El cliente %1 tiene cambios sin guardar.</translation>
    </message>
    <message>
        <source>&amp;Import from a spreadsheet…</source>
        <translation>&amp;Importar desde una hoja de cálculo…</translation>
    </message>
    <message>
        <source>&amp;Orders</source>
        <translation>Ó&amp;rdenes</translation>
    </message>
    <message>
        <source>&amp;Assets</source>
        <translation>&amp;Activos</translation>
    </message>
    <message>
        <source>&amp;Export to a spreadsheet</source>
        <translation>&amp;Exportar a una hoja de cálculo</translation>
    </message>
    <message>
        <source>Customers…</source>
        <translation>Clientes…</translation>
    </message>
    <message>
        <source>Sites (customers&apos; other addresses)…</source>
        <translation>Direcciones de obra (las otras direcciones de los clientes)…</translation>
    </message>
    <message>
        <source>Assets…</source>
        <translation>Activos…</translation>
    </message>
    <message>
        <source>customers.csv</source>
        <translation>clientes.csv</translation>
    </message>
    <message>
        <source>sites.csv</source>
        <translation>direcciones.csv</translation>
    </message>
    <message>
        <source>assets.csv</source>
        <translation>activos.csv</translation>
    </message>
    <message>
        <source>Export to a spreadsheet</source>
        <translation>Exportar a una hoja de cálculo</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>ordo::Database</name>
    <message>
        <source>%1 could not be opened: %2</source>
        <translation>No se pudo abrir %1: %2</translation>
    </message>
    <message>
        <source>%1 is a database of another program, not of Ordo. It was left as it was.</source>
        <translation>%1 es una base de datos de otro programa, no de Ordo. Se ha dejado tal como estaba.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Ordo (database version %2; this Ordo reads up to %3). Update Ordo to open it; the file was not changed.</source>
        <translation>%1 lo escribió una versión más nueva de Ordo (versión de base de datos %2; este Ordo lee hasta la %3). Actualice Ordo para abrirlo; el archivo no se ha modificado.</translation>
    </message>
    <message>
        <source>%1 (database says: %2)</source>
        <translation>%1 (la base de datos dice: %2)</translation>
    </message>
    <message>
        <source>No database file was given.</source>
        <translation>No se ha indicado ningún archivo de base de datos.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file.</source>
        <translation>%1 es una carpeta, no un archivo de base de datos.</translation>
    </message>
    <message>
        <source>There is no database at %1.</source>
        <translation>No hay ninguna base de datos en %1.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>La carpeta %1 no existe.</translation>
    </message>
    <message>
        <source>Could not switch the database to write-ahead logging</source>
        <translation>No se pudo activar el registro de escritura anticipada (WAL) de la base de datos</translation>
    </message>
    <message>
        <source>Could not upgrade the database to version %1: %2</source>
        <translation>No se pudo actualizar la base de datos a la versión %1: %2</translation>
    </message>
    <message>
        <source>Could not prepare a database statement</source>
        <translation>No se pudo preparar una instrucción de la base de datos</translation>
    </message>
    <message>
        <source>A database statement failed</source>
        <translation>Falló una instrucción de la base de datos</translation>
    </message>
    <message>
        <source>The database returned no row where one was expected.</source>
        <translation>La base de datos no devolvió la fila esperada.</translation>
    </message>
    <message>
        <source>The database is busy: another Ordo is saving. Try again in a moment.</source>
        <translation>La base de datos está ocupada: otro Ordo está guardando. Vuelva a intentarlo en un momento.</translation>
    </message>
    <message>
        <source>Could not start saving</source>
        <translation>No se pudo empezar a guardar</translation>
    </message>
    <message>
        <source>Could not save the changes; nothing was saved</source>
        <translation>No se pudieron guardar los cambios; no se ha guardado nada</translation>
    </message>
    <message>
        <source>The database was not upgraded, because the backup before the upgrade failed: %1</source>
        <translation>La base de datos no se ha actualizado porque falló la copia de seguridad previa a la actualización: %1</translation>
    </message>
    <message>
        <source>Ordo cannot write to %1: the file is read-only. Ordo needs to write to its database; check the file&apos;s permissions.</source>
        <translation>Ordo no puede escribir en %1: el archivo es de solo lectura. Ordo necesita escribir en su base de datos; revise los permisos del archivo.</translation>
    </message>
    <message>
        <source>Ordo cannot write to the folder %1: SQLite keeps its journal files beside the database. Check the folder&apos;s permissions.</source>
        <translation>Ordo no puede escribir en la carpeta %1: SQLite guarda sus archivos de diario junto a la base de datos. Revise los permisos de la carpeta.</translation>
    </message>
    <message>
        <source>%1 is on a network share (%2). Several programs writing one database file over the network can corrupt it, so Ordo does not open it there. Keep the database on this PC&apos;s own disk; for several PCs use Ordo&apos;s PostgreSQL set-up. A network share is a good place for backups only.</source>
        <translation>%1 está en una carpeta de red (%2). Varios programas escribiendo un mismo archivo de base de datos por la red pueden dañarlo, así que Ordo no lo abre ahí. Guarde la base de datos en el disco de este PC; para varios PC use la instalación de Ordo con PostgreSQL. Una carpeta de red solo es buen sitio para las copias de seguridad.</translation>
    </message>
    <message>
        <source>%1 is empty: it is not an Ordo database. It was left as it was.</source>
        <translation>%1 está vacío: no es una base de datos de Ordo. Se ha dejado tal como estaba.</translation>
    </message>
    <message>
        <source>%1 was written by an older version of Ordo and must be upgraded first: open it once in Ordo. It was left as it was.</source>
        <translation>%1 lo escribió una versión anterior de Ordo y primero hay que actualizarlo: ábralo una vez en Ordo. Se ha dejado tal como estaba.</translation>
    </message>
    <message>
        <source>The disk holding %1 is full: nothing was saved. Free some space and try again.</source>
        <translation>El disco donde está %1 está lleno: no se ha guardado nada. Libere espacio y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>%1 is open only for reading here; nothing was saved.</source>
        <translation>%1 está abierta aquí solo para lectura; no se ha guardado nada.</translation>
    </message>
    <message>
        <source>Ordo cannot write to %1: the file or its folder is read-only. Nothing was saved; check the permissions.</source>
        <translation>Ordo no puede escribir en %1: el archivo o su carpeta son de solo lectura. No se ha guardado nada; revise los permisos.</translation>
    </message>
    <message>
        <source>%1 is damaged (database says: %2). Restore it from a backup.</source>
        <translation>%1 está dañada (la base de datos dice: %2). Restáurela desde una copia de seguridad.</translation>
    </message>
    <message>
        <source>The disk holding %1 failed to read or write (database says: %2).</source>
        <translation>El disco donde está %1 falló al leer o escribir (la base de datos dice: %2).</translation>
    </message>
    <message>
        <source>Open the .sqlite file that Ordo created, or create a new database.</source>
        <translation>Abra el archivo .sqlite que creó Ordo o cree una base de datos nueva.</translation>
    </message>
    <message>
        <source>Restore it from a backup; the file was left as it was.</source>
        <translation>Restáurela desde una copia de seguridad; el archivo se ha dejado tal como estaba.</translation>
    </message>
    <message>
        <source>This Ordo cannot reach a PostgreSQL server: Qt&apos;s PostgreSQL driver is not installed (Debian package libqt6sql6-psql).</source>
        <translation>Este Ordo no puede conectar con un servidor PostgreSQL: el controlador PostgreSQL de Qt no está instalado (paquete de Debian libqt6sql6-psql).</translation>
    </message>
    <message>
        <source>The server has no database %1 (%2). Create it first (see the README&apos;s office set-up), or check the name.</source>
        <translation>El servidor no tiene la base de datos %1 (%2). Créela antes (vea la instalación de la oficina en el README) o revise el nombre.</translation>
    </message>
    <message>
        <source>The database server %1 asks for user %2&apos;s password.</source>
        <translation>El servidor de base de datos %1 pide la contraseña del usuario %2.</translation>
    </message>
    <message>
        <source>The database server %1 refused user %2: wrong password, or this PC is not allowed in the server&apos;s pg_hba.conf.</source>
        <translation>El servidor de base de datos %1 rechazó al usuario %2: contraseña incorrecta, o este PC no está permitido en el pg_hba.conf del servidor.</translation>
    </message>
    <message>
        <source>Could not reach the database server %1: %2 Check that the server PC is on and that this PC may connect to it.</source>
        <translation>No se pudo conectar con el servidor de base de datos %1: %2 Compruebe que el PC servidor está encendido y que este PC puede conectarse a él.</translation>
    </message>
    <message>
        <source>The database %1 is empty: it is not an Ordo database yet.</source>
        <translation>La base de datos %1 está vacía: aún no es una base de datos de Ordo.</translation>
    </message>
    <message>
        <source>The database %1 holds another program&apos;s tables, not Ordo&apos;s. It was left as it was.</source>
        <translation>La base de datos %1 contiene tablas de otro programa, no de Ordo. Se ha dejado como estaba.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Ordo (database version %2; this Ordo reads up to %3). Update Ordo on this PC to open it; nothing was changed.</source>
        <translation>%1 la escribió una versión más reciente de Ordo (versión de base de datos %2; este Ordo lee hasta la %3). Actualice Ordo en este PC para abrirla; no se ha cambiado nada.</translation>
    </message>
    <message>
        <source>The disk of the database server is full: nothing was saved. Free some space on the server and try again.</source>
        <translation>El disco del servidor de base de datos está lleno: no se ha guardado nada. Libere espacio en el servidor y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The database server is out of resources (database says: %1). Nothing was saved; try again in a moment.</source>
        <translation>El servidor de base de datos se ha quedado sin recursos (la base de datos dice: %1). No se ha guardado nada; vuelva a intentarlo en un momento.</translation>
    </message>
    <message>
        <source>The database server accepts no changes now (it is read-only); nothing was saved.</source>
        <translation>El servidor de base de datos no acepta cambios ahora (es de solo lectura); no se ha guardado nada.</translation>
    </message>
    <message>
        <source>The database user may not do this on the server (database says: %1). Nothing was saved; ask whoever set up the server.</source>
        <translation>El usuario de la base de datos no puede hacer esto en el servidor (la base de datos dice: %1). No se ha guardado nada; consulte a quien instaló el servidor.</translation>
    </message>
    <message>
        <source>The connection to the database server was lost: nothing was saved. Check the network and the server PC, then try again.</source>
        <translation>Se perdió la conexión con el servidor de base de datos: no se ha guardado nada. Revise la red y el PC servidor y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The server&apos;s database is damaged (database says: %1). Restore it from a backup.</source>
        <translation>La base de datos del servidor está dañada (la base de datos dice: %1). Restáurela desde una copia de seguridad.</translation>
    </message>
    <message>
        <source>Could not create the database %1 on the server: %2</source>
        <translation>No se pudo crear la base de datos %1 en el servidor: %2</translation>
    </message>
    <message>
        <source>the server did not answer.</source>
        <translation>el servidor no respondió.</translation>
    </message>
</context>
<context>
    <name>ordo::DatabaseChecks</name>
    <message>
        <source>Damaged storage: %1</source>
        <translation>Almacenamiento dañado: %1</translation>
    </message>
    <message>
        <source>Row %1 of %2 points to a missing row of %3.</source>
        <translation>La fila %1 de %2 apunta a una fila inexistente de %3.</translation>
    </message>
    <message>
        <source>%1 is in a step of another process map version.</source>
        <translation>%1 está en un paso de otra versión del mapa del proceso.</translation>
    </message>
    <message>
        <source>%1 is marked open or closed against the kind of its step.</source>
        <translation>%1 figura como abierta o cerrada en contra del tipo de su paso.</translation>
    </message>
    <message>
        <source>%1 is open but nobody is responsible for it.</source>
        <translation>%1 está abierta pero nadie es responsable de ella.</translation>
    </message>
    <message>
        <source>%1 has no creation record in its history.</source>
        <translation>%1 no tiene registro de creación en su historial.</translation>
    </message>
    <message>
        <source>%1 is ahead of the numbering counter of its year.</source>
        <translation>%1 va por delante del contador de numeración de su año.</translation>
    </message>
    <message>
        <source>The table %1 is missing.</source>
        <translation>Falta la tabla %1.</translation>
    </message>
    <message>
        <source>The index %1 is missing.</source>
        <translation>Falta el índice %1.</translation>
    </message>
    <message>
        <source>The trigger %1 is missing.</source>
        <translation>Falta el disparador %1.</translation>
    </message>
    <message>
        <source>The view %1 is missing.</source>
        <translation>Falta la vista %1.</translation>
    </message>
    <message>
        <source>The search indexes were not checked: %1 cannot be opened for writing.</source>
        <translation>No se han comprobado los índices de búsqueda: %1 no se puede abrir para escritura.</translation>
    </message>
    <message>
        <source>The search indexes could not be checked: %1</source>
        <translation>No se pudieron comprobar los índices de búsqueda: %1</translation>
    </message>
    <message>
        <source>The search index %1 is damaged (%2): it can be rebuilt from the orders and customers.</source>
        <translation>El índice de búsqueda %1 está dañado (%2): se puede reconstruir a partir de las órdenes y los clientes.</translation>
    </message>
    <message>
        <source>Invoices of series %1 were issued up to number %2, but the series has no counter.</source>
        <translation>Se emitieron facturas de la serie %1 hasta el número %2, pero la serie no tiene contador.</translation>
    </message>
    <message>
        <source>The counter of invoice series %1 stands at %2, but no invoice of it was issued.</source>
        <translation>El contador de la serie de facturas %1 está en %2, pero no se ha emitido ninguna factura de esa serie.</translation>
    </message>
    <message>
        <source>The counter of invoice series %1 stands at %2, but the last invoice issued is number %3.</source>
        <translation>El contador de la serie de facturas %1 está en %2, pero la última factura emitida es la número %3.</translation>
    </message>
    <message>
        <source>Invoice series %1 has gaps or repeats: %2 invoices for the numbers 1 to %3.</source>
        <translation>La serie de facturas %1 tiene huecos o repeticiones: %2 facturas para los números del 1 al %3.</translation>
    </message>
    <message>
        <source>The search index %1 was not checked: another program was saving. Run the check again.</source>
        <translation>No se ha comprobado el índice de búsqueda %1: otro programa estaba guardando. Vuelva a ejecutar la comprobación.</translation>
    </message>
    <message>
        <source>The search index %1 misses %2 rows: it can be rebuilt from the orders and customers.</source>
        <translation>Al índice de búsqueda %1 le faltan %2 filas: se puede reconstruir a partir de las órdenes y los clientes.</translation>
    </message>
</context>
<context>
    <name>ordo::DatabaseCopy</name>
    <message>
        <source>The tables&apos; foreign keys form a cycle; the database cannot be copied.</source>
        <translation>Las claves ajenas de las tablas forman un ciclo; la base de datos no se puede copiar.</translation>
    </message>
    <message>
        <source>The office&apos;s database must be moved to a PostgreSQL server (postgresql://user@server/database).</source>
        <translation>La base de datos de la oficina debe pasarse a un servidor PostgreSQL (postgresql://usuario@servidor/base).</translation>
    </message>
    <message>
        <source>The database to move must be an Ordo SQLite file.</source>
        <translation>La base de datos que se pasa debe ser un archivo SQLite de Ordo.</translation>
    </message>
    <message>
        <source>The file is at database version %1 and the server at %2: open the file once with this Ordo to upgrade it first.</source>
        <translation>El archivo está en la versión de base de datos %1 y el servidor en la %2: abra antes el archivo una vez con este Ordo para actualizarlo.</translation>
    </message>
    <message>
        <source>The server&apos;s database %1 is not empty (%2 has %3 rows): an office is moved into a new, empty database only, never merged. Nothing was copied.</source>
        <translation>La base de datos del servidor %1 no está vacía (%2 tiene %3 filas): una oficina solo se pasa a una base nueva y vacía, nunca se mezcla. No se ha copiado nada.</translation>
    </message>
    <message>
        <source>The server&apos;s database has no table %1: it is not of this Ordo&apos;s version.</source>
        <translation>La base de datos del servidor no tiene la tabla %1: no es de la versión de este Ordo.</translation>
    </message>
    <message>
        <source>Copying %1 failed: %2</source>
        <translation>Falló la copia de %1: %2</translation>
    </message>
</context>
<context>
    <name>ordo::DefaultWorkflow</name>
    <message>
        <source>Window installation</source>
        <translation>Instalación de ventanas</translation>
    </message>
    <message>
        <source>Installation</source>
        <translation>Instalación</translation>
    </message>
    <message>
        <source>Default process created with the database</source>
        <translation>Proceso predeterminado creado con la base de datos</translation>
    </message>
    <message>
        <source>Call received</source>
        <translation>Llamada recibida</translation>
    </message>
    <message>
        <source>Estimate visit scheduled</source>
        <translation>Visita de presupuesto programada</translation>
    </message>
    <message>
        <source>Quote sent</source>
        <translation>Presupuesto enviado</translation>
    </message>
    <message>
        <source>Quote accepted</source>
        <translation>Presupuesto aceptado</translation>
    </message>
    <message>
        <source>Installation scheduled</source>
        <translation>Instalación programada</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Work completed</source>
        <translation>Trabajo completado</translation>
    </message>
    <message>
        <source>Invoiced</source>
        <translation>Facturado</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Cobrado</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>En espera</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Repairs</source>
        <translation>Reparaciones</translation>
    </message>
    <message>
        <source>Repair</source>
        <translation>Reparación</translation>
    </message>
    <message>
        <source>Repairs process chosen when the company was set up</source>
        <translation>Proceso de reparaciones elegido al configurar la empresa</translation>
    </message>
    <message>
        <source>Visit scheduled</source>
        <translation>Visita programada</translation>
    </message>
    <message>
        <source>Our process</source>
        <translation>Nuestro proceso</translation>
    </message>
    <message>
        <source>Minimal process chosen when the company was set up</source>
        <translation>Proceso mínimo elegido al configurar la empresa</translation>
    </message>
</context>
<context>
    <name>ordo::DemoCreation</name>
    <message>
        <source>Creating the demo company…</source>
        <translation>Creando la empresa de demostración…</translation>
    </message>
    <message>
        <source>Demo database</source>
        <translation>Base de datos de demostración</translation>
    </message>
</context>
<context>
    <name>ordo::DemoGenerator</name>
    <message>
        <source>This database already has data; demo data goes only into a new, empty database so that nothing real gets mixed with it.</source>
        <translation>Esta base de datos ya tiene datos; los datos de demostración solo se crean en una base de datos nueva y vacía, para que no se mezclen con datos reales.</translation>
    </message>
    <message>
        <source>Demo data needs the default process map, unchanged.</source>
        <translation>Los datos de demostración necesitan el mapa del proceso predeterminado, sin cambios.</translation>
    </message>
    <message>
        <source>The demo generator took a move the map forbids.</source>
        <translation>El generador de demostración intentó un movimiento que el mapa prohíbe.</translation>
    </message>
    <message>
        <source>Installation</source>
        <translation>Instalación</translation>
    </message>
    <message>
        <source>Repair</source>
        <translation>Reparación</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>Mantenimiento</translation>
    </message>
    <message>
        <source>Morning check of the board</source>
        <translation>Repaso matinal del tablero</translation>
    </message>
    <message>
        <source>Friday review of open orders</source>
        <translation>Revisión del viernes de órdenes abiertas</translation>
    </message>
    <message>
        <source>Monthly review of unpaid invoices</source>
        <translation>Revisión mensual de facturas impagadas</translation>
    </message>
    <message>
        <source>Called the customers with quotes waiting; two visits rebooked.</source>
        <translation>Llamados los clientes con presupuestos pendientes; dos visitas reprogramadas.</translation>
    </message>
    <message>
        <source>All clear.</source>
        <translation>Todo en orden.</translation>
    </message>
    <message>
        <source>Reminded the technicians to close their visits the same day.</source>
        <translation>Recordado a los técnicos que cierren sus visitas el mismo día.</translation>
    </message>
</context>
<context>
    <name>ordo::DocumentText</name>
    <message>
        <source>English</source>
        <translation>Inglés</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Español</translation>
    </message>
</context>
<context>
    <name>ordo::Domain</name>
    <message>
        <source>Reception</source>
        <translation>Recepción</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Comercial</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>Técnico</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Administración</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Gerencia</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abierto</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>En espera</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminado</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Manual</translation>
    </message>
    <message>
        <source>Assign automatically</source>
        <translation>Asignar automáticamente</translation>
    </message>
    <message>
        <source>Schedule a visit</source>
        <translation>Programar una visita</translation>
    </message>
    <message>
        <source>Create the invoice</source>
        <translation>Crear la factura</translation>
    </message>
    <message>
        <source>Send the invoice</source>
        <translation>Enviar la factura</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Baja</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Alta</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Urgente</translation>
    </message>
    <message>
        <source>Estimate visit</source>
        <translation>Visita de presupuesto</translation>
    </message>
    <message>
        <source>Installation</source>
        <translation>Instalación</translation>
    </message>
    <message>
        <source>Repair</source>
        <translation>Reparación</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Prevista</translation>
    </message>
    <message>
        <source>Done</source>
        <comment>appointment status</comment>
        <translation>Realizada</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>No realizada</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <comment>appointment status</comment>
        <translation>Cancelada</translation>
    </message>
</context>
<context>
    <name>ordo::EventText</name>
    <message>
        <source>Someone</source>
        <translation>Alguien</translation>
    </message>
    <message>
        <source>%1 created the order %2</source>
        <translation>%1 creó la orden %2</translation>
    </message>
    <message>
        <source>%1 moved it from “%2” to “%3”</source>
        <translation>%1 la pasó de «%2» a «%3»</translation>
    </message>
    <message>
        <source>%1 is now responsible</source>
        <translation>Ahora es responsable %1</translation>
    </message>
    <message>
        <source>Responsible changed from %1 to %2</source>
        <translation>El responsable pasó de %1 a %2</translation>
    </message>
    <message>
        <source>%1 assigned it to %2</source>
        <translation>%1 la asignó a %2</translation>
    </message>
    <message>
        <source>%1 reassigned it from %2 to %3</source>
        <translation>%1 la reasignó de %2 a %3</translation>
    </message>
    <message>
        <source>%1 changed %2 from “%3” to “%4”</source>
        <translation>%1 cambió %2 de «%3» a «%4»</translation>
    </message>
    <message>
        <source>%1 wrote: %2</source>
        <translation>%1 escribió: %2</translation>
    </message>
    <message>
        <source> — “%1”</source>
        <translation> — «%1»</translation>
    </message>
    <message>
        <source>the title</source>
        <translation>el título</translation>
    </message>
    <message>
        <source>the description</source>
        <translation>la descripción</translation>
    </message>
    <message>
        <source>the job type</source>
        <translation>el tipo de trabajo</translation>
    </message>
    <message>
        <source>the priority</source>
        <translation>la prioridad</translation>
    </message>
    <message>
        <source>the due date</source>
        <translation>la fecha límite</translation>
    </message>
    <message>
        <source>the customer</source>
        <translation>el cliente</translation>
    </message>
    <message>
        <source>the site address</source>
        <translation>la dirección de la obra</translation>
    </message>
    <message>
        <source>the lines</source>
        <translation>las líneas</translation>
    </message>
    <message>
        <source>the process map version</source>
        <translation>la versión del mapa del proceso</translation>
    </message>
    <message>
        <source>%1 set %2 to “%3”</source>
        <translation>%1 puso %2 a «%3»</translation>
    </message>
    <message>
        <source>%1 cleared %2 (was “%3”)</source>
        <translation>%1 borró %2 (era «%3»)</translation>
    </message>
    <message>
        <source>the appointment</source>
        <translation>la cita</translation>
    </message>
    <message>
        <source>the appointment&apos;s status</source>
        <translation>el estado de la cita</translation>
    </message>
    <message>
        <source>the person assigned</source>
        <translation>la persona asignada</translation>
    </message>
    <message>
        <source>the person responsible</source>
        <translation>la persona responsable</translation>
    </message>
    <message>
        <source>the invoice</source>
        <translation>la factura</translation>
    </message>
    <message>
        <source>a payment</source>
        <translation>un cobro</translation>
    </message>
    <message>
        <source>the step</source>
        <translation>el paso</translation>
    </message>
    <message>
        <source>%1 with %2, %3 %4–%5</source>
        <translation>%1 con %2, %3 %4–%5</translation>
    </message>
    <message>
        <source>a visit</source>
        <translation>una visita</translation>
    </message>
    <message>
        <source>no lines</source>
        <translation>sin líneas</translation>
    </message>
    <message>
        <source>undo of the previous move</source>
        <translation>deshace el movimiento anterior</translation>
    </message>
    <message>
        <source>paid in full</source>
        <translation>pagada por completo</translation>
    </message>
    <message>
        <source>the step was removed from the process map</source>
        <translation>el paso se quitó del mapa del proceso</translation>
    </message>
    <message>
        <source>%1 made the draft of the invoice</source>
        <translation>%1 hizo el borrador de la factura</translation>
    </message>
    <message>
        <source>%1 issued invoice %2 for %3</source>
        <translation>%1 emitió la factura %2 por %3</translation>
    </message>
    <message>
        <source>%1 drafted a rectifying invoice for %2</source>
        <translation>%1 preparó una factura rectificativa de %2</translation>
    </message>
    <message>
        <source>%1 recorded %2 received for %3</source>
        <translation>%1 anotó un cobro de %2 por %3</translation>
    </message>
    <message>
        <source>%1 booked: %2</source>
        <translation>%1 reservó: %2</translation>
    </message>
    <message>
        <source>%1 changed the visit from %2 to %3</source>
        <translation>%1 cambió la visita de %2 a %3</translation>
    </message>
    <message>
        <source>%1 marked the visit (%2) as “%3”</source>
        <translation>%1 marcó la visita (%2) como «%3»</translation>
    </message>
    <message>
        <source>%1 changed the lines from “%2” to “%3”</source>
        <translation>%1 cambió las líneas de «%2» a «%3»</translation>
    </message>
    <message>
        <source>%1 moved it to version %2 of the process map</source>
        <translation>%1 la pasó a la versión %2 del mapa del proceso</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>invoice %1 issued</source>
        <translation>factura %1 emitida</translation>
    </message>
    <message>
        <source>visit booked</source>
        <translation>visita reservada</translation>
    </message>
    <message>
        <source>%1 issued quote %2 for %3, valid until %4</source>
        <translation>%1 emitió el presupuesto %2 por %3, válido hasta el %4</translation>
    </message>
    <message>
        <source>%1 e-mailed quote %2 to %3</source>
        <translation>%1 envió por correo el presupuesto %2 a %3</translation>
    </message>
    <message>
        <source>%1 recorded that %2 accepted quote %3 on %4</source>
        <translation>%1 registró que %2 aceptó el presupuesto %3 el %4</translation>
    </message>
    <message>
        <source>%1 recorded that %2 refused quote %3 on %4</source>
        <translation>%1 registró que %2 rechazó el presupuesto %3 el %4</translation>
    </message>
    <message>
        <source>imported from a spreadsheet</source>
        <translation>importada desde una hoja de cálculo</translation>
    </message>
</context>
<context>
    <name>ordo::FieldAssets</name>
    <message>
        <source>Asset %1 is at a customer you have no job with.</source>
        <translation>El activo %1 es de un cliente con el que no tiene trabajos.</translation>
    </message>
    <message>
        <source>The action has no key: update the app.</source>
        <translation>La acción no trae clave: actualice la aplicación.</translation>
    </message>
    <message>
        <source>Unknown action “%1”: update the app.</source>
        <translation>Acción desconocida «%1»: actualice la aplicación.</translation>
    </message>
    <message>
        <source>This visit is not yours (any more): the office gave it to %1.</source>
        <translation>Esta visita ya no es suya: la oficina se la dio a %1.</translation>
    </message>
    <message>
        <source>The office cancelled this visit.</source>
        <translation>La oficina anuló esta visita.</translation>
    </message>
    <message>
        <source>A date is not a date such as 2026-11-24: update the app.</source>
        <translation>Una fecha no tiene la forma 2026-11-24: actualice la aplicación.</translation>
    </message>
    <message>
        <source>The installation cannot be in the future.</source>
        <translation>La instalación no puede ser una fecha futura.</translation>
    </message>
    <message>
        <source>Created from the technician&apos;s phone.</source>
        <translation>Creado desde el teléfono del técnico.</translation>
    </message>
    <message>
        <source>Asset %1 registered from the phone: %2.</source>
        <translation>Activo %1 registrado desde el teléfono: %2.</translation>
    </message>
    <message>
        <source>A note has between 1 and %1 characters.</source>
        <translation>Una nota tiene entre 1 y %1 caracteres.</translation>
    </message>
    <message>
        <source>Only photos (JPEG or PNG) up to 3 MB can be kept.</source>
        <translation>Solo se pueden guardar fotos (JPEG o PNG) de hasta 3 MB.</translation>
    </message>
    <message>
        <source>There is no such photo of this asset.</source>
        <translation>Este activo no tiene esa foto.</translation>
    </message>
    <message>
        <source>Not applied from the phone (a new asset, %1 %2): %3</source>
        <translation>No aplicado desde el móvil (un activo nuevo, %1 %2): %3</translation>
    </message>
    <message>
        <source>Order %1 is closed (%2): call the office.</source>
        <translation>La orden %1 está cerrada (%2): llame a la oficina.</translation>
    </message>
</context>
<context>
    <name>ordo::FieldWork</name>
    <message>
        <source>This visit is not yours.</source>
        <translation>Esta visita no es suya.</translation>
    </message>
    <message>
        <source>The action has no key: update the app.</source>
        <translation>La acción no trae clave: actualice la aplicación.</translation>
    </message>
    <message>
        <source>Unknown action “%1”: update the app.</source>
        <translation>Acción desconocida «%1»: actualice la aplicación.</translation>
    </message>
    <message>
        <source>Not applied from the phone (%1, %2): %3</source>
        <translation>No aplicado desde el móvil (%1, %2): %3</translation>
    </message>
    <message>
        <source>This visit is not yours (any more): the office gave it to %1.</source>
        <translation>Esta visita ya no es suya: la oficina se la dio a %1.</translation>
    </message>
    <message>
        <source>The office cancelled this visit.</source>
        <translation>La oficina anuló esta visita.</translation>
    </message>
    <message>
        <source>Order %1 is closed (%2): call the office.</source>
        <translation>La orden %1 está cerrada (%2): llame a la oficina.</translation>
    </message>
    <message>
        <source>A note has between 1 and %1 characters.</source>
        <translation>Una nota tiene entre 1 y %1 caracteres.</translation>
    </message>
    <message>
        <source>A line needs a description, a quantity above zero and a price.</source>
        <translation>Una línea necesita descripción, una cantidad mayor que cero y un precio.</translation>
    </message>
    <message>
        <source>The signature did not arrive as a picture: sign again.</source>
        <translation>La firma no llegó como imagen: firme de nuevo.</translation>
    </message>
    <message>
        <source>Only photos (JPEG, PNG or WebP) up to 3 MB can be kept.</source>
        <translation>Solo se guardan fotos (JPEG, PNG o WebP) de hasta 3 MB.</translation>
    </message>
    <message>
        <source>Write the name of the person who signs.</source>
        <translation>Escriba el nombre de quien firma.</translation>
    </message>
    <message>
        <source>Signed on the phone by %1 at %2.</source>
        <translation>Firmado en el móvil por %1 a las %2.</translation>
    </message>
    <message>
        <source>Photo taken on site at %1.</source>
        <translation>Foto tomada en la obra a las %1.</translation>
    </message>
    <message>
        <source>%1 is on the way (%2).</source>
        <translation>%1 va de camino (%2).</translation>
    </message>
    <message>
        <source>%1 arrived on site at %2.</source>
        <translation>%1 llegó a la obra a las %2.</translation>
    </message>
    <message>
        <source>%1 paused the work at %2.</source>
        <translation>%1 pausó el trabajo a las %2.</translation>
    </message>
    <message>
        <source>%1 went on with the work at %2.</source>
        <translation>%1 reanudó el trabajo a las %2.</translation>
    </message>
    <message>
        <source>%1 finished the work at %2.</source>
        <translation>%1 terminó el trabajo a las %2.</translation>
    </message>
    <message>
        <source>There is no such photo among your jobs.</source>
        <translation>No hay esa foto entre sus trabajos.</translation>
    </message>
    <message>
        <source>The invoice was not issued on finishing and waits as a draft: %1</source>
        <translation>La factura no se emitió al terminar y queda como borrador: %1</translation>
    </message>
    <message>
        <source>Invoice %1 issued on finishing. The customer has no e-mail address: print it or send it from the office.</source>
        <translation>Factura %1 emitida al terminar. El cliente no tiene correo electrónico: imprímala o envíela desde la oficina.</translation>
    </message>
</context>
<context>
    <name>ordo::FileSecretStore</name>
    <message>
        <source>%1 is not a file Ordo can keep secrets in.</source>
        <translation>%1 no es un archivo en el que Ordo pueda guardar secretos.</translation>
    </message>
    <message>
        <source>%1 belongs to another user of this computer, so Ordo does not use the secrets in it. Give it to this user, or remove it and enter the passwords again.</source>
        <translation>%1 pertenece a otro usuario de este equipo, así que Ordo no usa los secretos que contiene. Déselo a este usuario, o bórrelo y vuelva a escribir las contraseñas.</translation>
    </message>
    <message>
        <source>%1 can be read by other users of this computer, so Ordo does not use the secrets in it. Make it private with “chmod 600 %1”, and change the passwords it holds.</source>
        <translation>Otros usuarios de este equipo pueden leer %1, así que Ordo no usa los secretos que contiene. Hágalo privado con «chmod 600 %1» y cambie las contraseñas que guarda.</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>No se pudo leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is too big to be Ordo&apos;s secrets file.</source>
        <translation>%1 es demasiado grande para ser el archivo de secretos de Ordo.</translation>
    </message>
    <message>
        <source>%1 is not a secrets file Ordo can read (%2). Correct it, or move it away and enter the passwords again.</source>
        <translation>%1 no es un archivo de secretos que Ordo pueda leer (%2). Corríjalo, o apártelo y vuelva a escribir las contraseñas.</translation>
    </message>
    <message>
        <source>Could not create the folder %1 for Ordo&apos;s secrets.</source>
        <translation>No se pudo crear la carpeta %1 para los secretos de Ordo.</translation>
    </message>
    <message>
        <source>%1 is being changed by another Ordo program; try again.</source>
        <translation>Otro programa de Ordo está modificando %1; inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
    <message>
        <source>Could not make %1 private to this user.</source>
        <translation>No se pudo hacer %1 privado para este usuario.</translation>
    </message>
</context>
<context>
    <name>ordo::Help</name>
    <message>
        <source>manual_en.html</source>
        <extracomment>The file name of the manual in the program&apos;s language: manual_es.html in Spanish.</extracomment>
        <translation>manual_es.html</translation>
    </message>
    <message>
        <source>&lt;p&gt;The manual is missing from this copy of Ordo.&lt;/p&gt;</source>
        <translation>&lt;p&gt;A esta copia de Ordo le falta el manual.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>On the board</source>
        <translation>En el tablero</translation>
    </message>
    <message>
        <source>LGPL version 3</source>
        <translation>LGPL versión 3</translation>
    </message>
    <message>
        <source>public domain</source>
        <translation>dominio público</translation>
    </message>
    <message>
        <source>curl licence (MIT/X style)</source>
        <translation>licencia de curl (tipo MIT/X)</translation>
    </message>
    <message>
        <source>ISC licence</source>
        <translation>licencia ISC</translation>
    </message>
    <message>
        <source>LGPL version 2.1 or later</source>
        <translation>LGPL versión 2.1 o posterior</translation>
    </message>
    <message>
        <source>BSD 3-clause licence</source>
        <translation>licencia BSD de 3 cláusulas</translation>
    </message>
    <message>
        <source>Work orders from the first call to the paid invoice, for small service companies.</source>
        <translation>Órdenes de trabajo desde la primera llamada hasta la factura cobrada, para pequeñas empresas de servicios.</translation>
    </message>
    <message>
        <source>Libraries used</source>
        <translation>Bibliotecas utilizadas</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Biblioteca</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licencia</translation>
    </message>
    <message>
        <source>Ordo manual</source>
        <translation>Manual de Ordo</translation>
    </message>
    <message>
        <source>About Ordo</source>
        <translation>Acerca de Ordo</translation>
    </message>
    <message>
        <source>Type in the filter to narrow the cards (number, customer, phone, address, person; accents do not matter); one Tab goes on to the cards. The arrow keys go from card to card and from column to column, Enter opens the selected order. A card is moved by dragging it to another column, with Ctrl+M (move to…) or with Ctrl+Shift+M (on to the next step); Ctrl+Z undoes the move and gives the card back its time in the step.</source>
        <translation>Escriba en el filtro para acotar las tarjetas (número, cliente, teléfono, dirección, persona; los acentos no importan); un Tab pasa a las tarjetas. Las flechas van de tarjeta en tarjeta y de columna en columna; Intro abre la orden seleccionada. Una tarjeta se mueve arrastrándola a otra columna, con Ctrl+M (mover a…) o con Ctrl+Shift+M (al paso siguiente); Ctrl+Z deshace el movimiento y devuelve a la tarjeta su tiempo en el paso.</translation>
    </message>
    <message>
        <source>GPL version 3</source>
        <translation>GPL versión 3</translation>
    </message>
    <message>
        <source>Ordo is free software: its own code is under the MIT licence. Built with Qt Charts (GPL version 3), the program as a whole is distributed under the terms of the GPL version 3.</source>
        <translation>Ordo es software libre: su propio código tiene la licencia MIT. Al estar compilado con Qt Charts (GPL versión 3), el programa en su conjunto se distribuye en los términos de la GPL versión 3.</translation>
    </message>
    <message>
        <source>PostgreSQL licence (BSD style)</source>
        <translation>licencia PostgreSQL (tipo BSD)</translation>
    </message>
</context>
<context>
    <name>ordo::IcsExport</name>
    <message>
        <source>Phone: %1</source>
        <translation>Teléfono: %1</translation>
    </message>
</context>
<context>
    <name>ordo::IntakeDialog</name>
    <message>
        <source>New call</source>
        <translation>Nueva llamada</translation>
    </message>
    <message>
        <source>Phone number or name of the caller…</source>
        <translation>Teléfono o nombre de quien llama…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Who is calling?&lt;/b&gt;</source>
        <translation>&lt;b&gt;¿Quién llama?&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Installation</source>
        <translation>Instalación</translation>
    </message>
    <message>
        <source>Repair</source>
        <translation>Reparación</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>Mantenimiento</translation>
    </message>
    <message>
        <source>What is it about? e.g. three old windows</source>
        <translation>¿De qué se trata? p. ej. tres ventanas viejas</translation>
    </message>
    <message>
        <source>Visit:</source>
        <translation>Visita:</translation>
    </message>
    <message>
        <source>Job type:</source>
        <translation>Tipo de trabajo:</translation>
    </message>
    <message>
        <source>Job:</source>
        <translation>Trabajo:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notas:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Proposed visits&lt;/b&gt; — best first</source>
        <translation>&lt;b&gt;Visitas propuestas&lt;/b&gt; — la mejor primero</translation>
    </message>
    <message>
        <source>Book this visit</source>
        <translation>Reservar esta visita</translation>
    </message>
    <message>
        <source>New customer: %1</source>
        <translation>Cliente nuevo: %1</translation>
    </message>
    <message>
        <source>Choose one of the proposed visits.</source>
        <translation>Elija una de las visitas propuestas.</translation>
    </message>
    <message>
        <source>Book a visit</source>
        <translation>Reservar una visita</translation>
    </message>
    <message>
        <source>Clear it for a call that needs nobody to go there: it is logged without a visit.</source>
        <translation>Desmárquela si la llamada no necesita que nadie vaya: se registra sin visita.</translation>
    </message>
    <message>
        <source>New order for this call</source>
        <translation>Orden nueva para esta llamada</translation>
    </message>
    <message>
        <source>, with %1</source>
        <translation>, con %1</translation>
    </message>
    <message>
        <source>Add to %1 — %2 (%3%4)</source>
        <translation>Añadir a %1 — %2 (%3%4)</translation>
    </message>
    <message>
        <source>Done: %1 — %2 (%3, %4)</source>
        <translation>Terminada: %1 — %2 (%3, %4)</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n open order(s)&lt;/b&gt; — is the call about one of them?</source>
        <translation>
            <numerusform>&lt;b&gt;%n orden abierta&lt;/b&gt; — ¿llama por ella?</numerusform>
            <numerusform>&lt;b&gt;%n órdenes abiertas&lt;/b&gt; — ¿llama por alguna de ellas?</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;No open orders&lt;/b&gt; — last jobs:</source>
        <translation>&lt;b&gt;Sin órdenes abiertas&lt;/b&gt; — últimos trabajos:</translation>
    </message>
    <message>
        <source>Add the call to the order</source>
        <translation>Añadir la llamada a la orden</translation>
    </message>
    <message>
        <source>Log the call</source>
        <translation>Registrar la llamada</translation>
    </message>
</context>
<context>
    <name>ordo::IntakeService</name>
    <message>
        <source>Choose one of the proposed visits first.</source>
        <translation>Elija antes una de las visitas propuestas.</translation>
    </message>
    <message>
        <source>The new customer needs a name.</source>
        <translation>El cliente nuevo necesita un nombre.</translation>
    </message>
    <message>
        <source>That visit is no longer free: %1 Nothing was saved; choose another one.</source>
        <translation>Esa visita ya no está libre: %1 No se ha guardado nada; elija otra.</translation>
    </message>
    <message>
        <source>Write what the caller said: it is added to the order&apos;s notes.</source>
        <translation>Escriba lo que ha dicho el cliente: se añade a las notas de la orden.</translation>
    </message>
    <message>
        <source>Order %1 is not this caller&apos;s.</source>
        <translation>La orden %1 no es de este cliente.</translation>
    </message>
    <message>
        <source>Order %1 is closed: open a new one for this call.</source>
        <translation>La orden %1 está cerrada: abra una nueva para esta llamada.</translation>
    </message>
    <message>
        <source>Type the address of the work with its postcode at least: an estimate or installation visit needs it (who goes there depends on it).</source>
        <translation>Escriba la dirección de la obra, al menos con su código postal: una visita de presupuesto o de instalación la necesita (de ella depende quién va).</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Llamada</translation>
    </message>
</context>
<context>
    <name>ordo::IntegerRows</name>
    <message>
        <source>Could not prepare a database statement</source>
        <translation>No se pudo preparar una instrucción de la base de datos</translation>
    </message>
    <message>
        <source>A database statement failed</source>
        <translation>Falló una instrucción de la base de datos</translation>
    </message>
</context>
<context>
    <name>ordo::InvoiceDialog</name>
    <message>
        <source>Notes printed on the invoice</source>
        <translation>Notas impresas en la factura</translation>
    </message>
    <message>
        <source>Payments:</source>
        <translation>Cobros:</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>Guardar borrador</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>Emitir</translation>
    </message>
    <message>
        <source>Delete draft</source>
        <translation>Borrar borrador</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Guardar como PDF…</translation>
    </message>
    <message>
        <source>Send by e-mail</source>
        <translation>Enviar por correo</translation>
    </message>
    <message>
        <source>Record payment…</source>
        <translation>Registrar cobro…</translation>
    </message>
    <message>
        <source>Rectify…</source>
        <translation>Rectificar…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Issue invoice</source>
        <translation>Emitir factura</translation>
    </message>
    <message>
        <source>Once issued, the invoice gets its number and can no longer be changed; corrections need a rectifying invoice. Issue it now?</source>
        <translation>Al emitirla, la factura recibe su número y ya no se puede cambiar; las correcciones necesitan una factura rectificativa. ¿Emitirla ahora?</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Factura</translation>
    </message>
    <message>
        <source>Save invoice</source>
        <translation>Guardar factura</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>borrador</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Record payment</source>
        <translation>Registrar cobro</translation>
    </message>
    <message>
        <source>Rectifying invoice</source>
        <translation>Factura rectificativa</translation>
    </message>
    <message>
        <source>Why is %1 being corrected?</source>
        <translation>¿Por qué se corrige %1?</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 — draft&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1 — borrador&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 %2&lt;/b&gt; — %3, %4</source>
        <translation>&lt;b&gt;%1 %2&lt;/b&gt; — %3, %4</translation>
    </message>
    <message>
        <source> · rectifies %1: %2</source>
        <translation> · rectifica %1: %2</translation>
    </message>
    <message>
        <source> · order %1</source>
        <translation> · orden %1</translation>
    </message>
    <message>
        <source>Draft invoice</source>
        <translation>Borrador de factura</translation>
    </message>
    <message>
        <source>Invoice %1</source>
        <translation>Factura %1</translation>
    </message>
    <message>
        <source>%1 · tax ID %2 · %3</source>
        <translation>%1 · NIF %2 · %3</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2 (%3)</translation>
    </message>
    <message>
        <source>Invoice not issued</source>
        <translation>Factura no emitida</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>No enviada</translation>
    </message>
    <message>
        <source>%1

The invoice stays issued; you can send it again later.</source>
        <translation>%1

La factura sigue emitida; puede volver a enviarla más tarde.</translation>
    </message>
    <message>
        <source>Invoice sent</source>
        <translation>Factura enviada</translation>
    </message>
    <message>
        <source>Invoice %1 was sent to %2.</source>
        <translation>La factura %1 se envió a %2.</translation>
    </message>
    <message>
        <source>Sending invoice %1 to %2…</source>
        <translation>Enviando la factura %1 a %2…</translation>
    </message>
    <message>
        <source>Invoice %1 was sent to %2, but Ordo could not note it: %3</source>
        <translation>La factura %1 se envió a %2, pero Ordo no pudo anotarlo: %3</translation>
    </message>
    <message>
        <source>the issue date</source>
        <translation>la fecha de emisión</translation>
    </message>
    <message>
        <source>Work done on:</source>
        <translation>Trabajo hecho el:</translation>
    </message>
    <message>
        <source>By the difference: credit its lines (remove the ones that stay)</source>
        <translation>Por diferencias: abona sus líneas (quite las que se mantienen)</translation>
    </message>
    <message>
        <source>By substitution: a corrected copy that replaces it</source>
        <translation>Por sustitución: una copia corregida que la sustituye</translation>
    </message>
    <message>
        <source>How is %1 corrected?</source>
        <translation>¿Cómo se corrige %1?</translation>
    </message>
    <message>
        <source> · simplified</source>
        <translation> · simplificada</translation>
    </message>
    <message>
        <source> · replaces %1: %2</source>
        <translation> · sustituye a %1: %2</translation>
    </message>
    <message>
        <source>Simplified invoice (factura simplificada): no customer tax ID needed, up to %1</source>
        <translation>Factura simplificada: sin NIF del cliente, hasta %1</translation>
    </message>
</context>
<context>
    <name>ordo::InvoiceDrafts</name>
    <message>
        <source>There is no customer number %1.</source>
        <translation>No existe el cliente número %1.</translation>
    </message>
    <message>
        <source>The operation date must be a date (YYYY-MM-DD).</source>
        <translation>La fecha de la operación debe ser una fecha (AAAA-MM-DD).</translation>
    </message>
    <message>
        <source>Invoice %1 is issued and cannot be changed; correct it with a rectifying invoice.</source>
        <translation>La factura %1 está emitida y no se puede cambiar; corríjala con una factura rectificativa.</translation>
    </message>
    <message>
        <source>Invoice %1 is issued and cannot be deleted; a rectifying invoice cancels it.</source>
        <translation>La factura %1 está emitida y no se puede borrar; una factura rectificativa la anula.</translation>
    </message>
    <message>
        <source>This draft</source>
        <extracomment>The subject of &quot;%1 was changed by someone else meanwhile…&quot;</extracomment>
        <translation>este borrador</translation>
    </message>
    <message>
        <source>Advance payment for order %1</source>
        <translation>Anticipo a cuenta de la orden %1</translation>
    </message>
</context>
<context>
    <name>ordo::InvoiceIssuing</name>
    <message>
        <source>Say how much the advance is.</source>
        <translation>Indique el importe del anticipo.</translation>
    </message>
    <message>
        <source>the company&apos;s legal name</source>
        <translation>la razón social de la empresa</translation>
    </message>
    <message>
        <source>the company&apos;s tax ID (NIF/CIF)</source>
        <translation>el NIF/CIF de la empresa</translation>
    </message>
    <message>
        <source>the company&apos;s address</source>
        <translation>la dirección de la empresa</translation>
    </message>
    <message>
        <source>This invoice cannot be issued yet: fill in %1 in Settings › Company first.</source>
        <translation>Esta factura aún no se puede emitir: rellene antes %1 en Configuración › Empresa.</translation>
    </message>
    <message>
        <source>This invoice cannot be issued yet: the company&apos;s tax ID is wrong. %1 Correct it in Settings › Company.</source>
        <translation>Esta factura aún no se puede emitir: el NIF de la empresa es incorrecto. %1 Corríjalo en Configuración › Empresa.</translation>
    </message>
    <message>
        <source>This invoice cannot be issued yet: %1 has no tax ID (NIF), which every invoice must show. Add it to the customer first.</source>
        <translation>Esta factura aún no se puede emitir: %1 no tiene NIF, que toda factura debe llevar. Añádalo antes al cliente.</translation>
    </message>
    <message>
        <source>This invoice cannot be issued yet: the tax ID of %1 is wrong. %2 Correct it in the customer first.</source>
        <translation>Esta factura aún no se puede emitir: el NIF de %1 es incorrecto. %2 Corríjalo antes en el cliente.</translation>
    </message>
    <message>
        <source>This invoice cannot be issued yet: %1 has no address, which every invoice must show. Add it to the customer first.</source>
        <translation>Esta factura aún no se puede emitir: %1 no tiene dirección, que toda factura debe llevar. Añádala antes al cliente.</translation>
    </message>
</context>
<context>
    <name>ordo::InvoiceLedger</name>
    <message>
        <source>Invoice %1 is already issued.</source>
        <translation>La factura %1 ya está emitida.</translation>
    </message>
    <message>
        <source>An invoice needs at least one line.</source>
        <translation>Una factura necesita al menos una línea.</translation>
    </message>
    <message>
        <source>the company&apos;s legal name</source>
        <translation>la razón social de la empresa</translation>
    </message>
    <message>
        <source>the company&apos;s tax ID (NIF/CIF)</source>
        <translation>el NIF/CIF de la empresa</translation>
    </message>
    <message>
        <source>the company&apos;s address</source>
        <translation>la dirección de la empresa</translation>
    </message>
    <message>
        <source>Before issuing invoices, fill in %1 in Settings › Company.</source>
        <translation>Antes de emitir facturas, rellene %1 en Configuración › Empresa.</translation>
    </message>
    <message>
        <source>tax ID (NIF)</source>
        <translation>NIF</translation>
    </message>
    <message>
        <source>address</source>
        <translation>dirección</translation>
    </message>
    <message>
        <source>%1 has no %2: add it to the customer before issuing the invoice.</source>
        <translation>%1 no tiene %2: añádalo al cliente antes de emitir la factura.</translation>
    </message>
    <message>
        <source>A rectifying invoice needs the reason for the correction.</source>
        <translation>Una factura rectificativa necesita el motivo de la corrección.</translation>
    </message>
    <message>
        <source>Say why the invoice is being corrected.</source>
        <translation>Indique por qué se corrige la factura.</translation>
    </message>
    <message>
        <source>A draft can simply be edited; only issued invoices are rectified.</source>
        <translation>Un borrador simplemente se edita; solo se rectifican las facturas emitidas.</translation>
    </message>
    <message>
        <source>%1 is itself a rectifying invoice; rectify the original invoice.</source>
        <translation>%1 ya es una factura rectificativa; rectifique la factura original.</translation>
    </message>
    <message>
        <source>(record %1)</source>
        <translation>(registro %1)</translation>
    </message>
    <message>
        <source>This draft</source>
        <extracomment>The subject of &quot;%1 was changed by someone else meanwhile…&quot;</extracomment>
        <translation>este borrador</translation>
    </message>
    <message>
        <source>An invoice cannot total less than zero. To give money back, rectify the invoice that charged it.</source>
        <translation>Una factura no puede sumar menos de cero. Para devolver dinero, rectifique la factura que lo cobró.</translation>
    </message>
    <message>
        <source>A simplified invoice may total at most %1 (this one: %2). Issue a full invoice with the customer&apos;s tax ID and address.</source>
        <translation>Una factura simplificada puede sumar como máximo %1 (esta: %2). Emita una factura completa con el NIF y la dirección del cliente.</translation>
    </message>
    <message>
        <source>Or issue it as a simplified invoice (up to %1), which needs neither.</source>
        <translation>O emítala como factura simplificada (hasta %1), que no necesita ninguno de los dos.</translation>
    </message>
    <message>
        <source>Order %1 was cancelled: there is nothing to invoice.</source>
        <translation>La orden %1 se canceló: no hay nada que facturar.</translation>
    </message>
    <message>
        <source>Order %1 is already invoiced (%2). To correct that invoice, rectify it; to invoice another part of the job or an advance, say so.</source>
        <translation>La orden %1 ya está facturada (%2). Para corregir esa factura, rectifíquela; para facturar otra parte del trabajo o un anticipo, indíquelo.</translation>
    </message>
    <message>
        <source>Invoice %1 has already been rectified down to zero: there is nothing left to credit.</source>
        <translation>La factura %1 ya se ha rectificado hasta cero: no queda nada que abonar.</translation>
    </message>
    <message>
        <source>This would credit %1, more than what remains of invoice %2 (%3).</source>
        <translation>Esto abonaría %1, más de lo que queda de la factura %2 (%3).</translation>
    </message>
    <message>
        <source>The amount to credit must be more than zero.</source>
        <translation>El importe que abonar debe ser mayor que cero.</translation>
    </message>
    <message>
        <source>%1 has lines at several VAT rates: choose the lines to credit instead of an amount.</source>
        <translation>%1 tiene líneas con varios tipos de IVA: elija las líneas que abonar en lugar de un importe.</translation>
    </message>
    <message>
        <source>Reduction on invoice %1</source>
        <translation>Rebaja sobre la factura %1</translation>
    </message>
    <message>
        <source>Choose at least one line of %1 to credit.</source>
        <translation>Elija al menos una línea de %1 que abonar.</translation>
    </message>
    <message>
        <source>Invoice %1 is missing: its number was given, and the invoice is no longer there.</source>
        <translation>Falta la factura %1: su número se asignó y la factura ya no está.</translation>
    </message>
    <message>
        <source>Invoice %1 has a number its series never gave.</source>
        <translation>La factura %1 tiene un número que su serie nunca asignó.</translation>
    </message>
    <message numerus="yes">
        <source>The chain has a hole before %1: %n invoice(s) taken out.</source>
        <translation>
            <numerusform>La cadena tiene un hueco antes de %1: se quitó %n factura.</numerusform>
            <numerusform>La cadena tiene un hueco antes de %1: se quitaron %n facturas.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 does not follow the invoice before it in the chain.</source>
        <translation>%1 no sigue a la factura anterior en la cadena.</translation>
    </message>
    <message>
        <source>%1 was altered after it was issued.</source>
        <translation>%1 se alteró después de emitirse.</translation>
    </message>
    <message>
        <source>The company data printed on %1 was altered after it was issued.</source>
        <translation>Los datos de la empresa impresos en %1 se alteraron después de emitirse.</translation>
    </message>
    <message>
        <source>%1 no longer matches its VERI*FACTU record.</source>
        <translation>%1 ya no coincide con su registro VERI*FACTU.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 del %2</translation>
    </message>
    <message>
        <source>The chain no longer matches what was recorded (%1): %2 had the hash %3.</source>
        <translation>La cadena ya no coincide con lo que se anotó (%1): %2 tenía la huella %3.</translation>
    </message>
    <message>
        <source>The VERI*FACTU chain of %1 has a hole before record %2 (%3).</source>
        <translation>La cadena VERI*FACTU de %1 tiene un hueco antes del registro %2 (%3).</translation>
    </message>
    <message>
        <source>The VERI*FACTU record %1 of %2 (%3) does not follow the record before it.</source>
        <translation>El registro VERI*FACTU %1 de %2 (%3) no sigue al registro anterior.</translation>
    </message>
    <message>
        <source>The VERI*FACTU record %1 of %2 (%3) was altered: its Huella does not match.</source>
        <translation>El registro VERI*FACTU %1 de %2 (%3) fue alterado: su huella no coincide.</translation>
    </message>
</context>
<context>
    <name>ordo::InvoiceMail</name>
    <message>
        <source>Issue the invoice before sending it.</source>
        <translation>Emita la factura antes de enviarla.</translation>
    </message>
    <message>
        <source>Invoice %1 — %2</source>
        <translation>Factura %1 — %2</translation>
    </message>
    <message>
        <source>Dear customer,

Please find attached invoice %1 for %2, due on %3.

Kind regards,
%4</source>
        <translation>Estimado cliente:

Le adjuntamos la factura %1 por %2, con vencimiento el %3.

Un saludo,
%4</translation>
    </message>
    <message>
        <source>Dear customer,

Please find attached invoice %1 for %2.

Kind regards,
%3</source>
        <translation>Estimado cliente:

Le adjuntamos la factura %1 por %2.

Un saludo,
%3</translation>
    </message>
    <message>
        <source>Invoice %1.pdf</source>
        <extracomment>The attached PDF&apos;s file name: &quot;Factura 2026-0034.pdf&quot;.</extracomment>
        <translation>Factura %1.pdf</translation>
    </message>
</context>
<context>
    <name>ordo::InvoiceMailLog</name>
    <message>
        <source>Only an issued invoice can be sent.</source>
        <translation>Solo se puede enviar una factura emitida.</translation>
    </message>
</context>
<context>
    <name>ordo::InvoicePayments</name>
    <message>
        <source>Issue the invoice before recording payments against it.</source>
        <translation>Emita la factura antes de registrar cobros.</translation>
    </message>
    <message>
        <source>That is more than what is owed on %1 (%2 still due).</source>
        <translation>Eso es más de lo que se debe de %1 (quedan %2 pendientes).</translation>
    </message>
    <message>
        <source>The amount paid must be more than zero.</source>
        <translation>El importe cobrado debe ser mayor que cero.</translation>
    </message>
    <message>
        <source>“%1” is not a way of paying Ordo knows: use one of %2.</source>
        <translation>«%1» no es una forma de pago que Ordo conozca: use una de %2.</translation>
    </message>
    <message>
        <source>Money is given back only against a rectifying invoice.</source>
        <translation>Solo se devuelve dinero contra una factura rectificativa.</translation>
    </message>
    <message>
        <source>That is more than what is to be refunded on %1 (%2 still to refund).</source>
        <translation>Eso es más de lo que hay que devolver de %1 (quedan %2 por devolver).</translation>
    </message>
    <message>
        <source>A payment cannot be dated on a day still to come (%1).</source>
        <translation>Un cobro no puede llevar fecha de un día que aún no ha llegado (%1).</translation>
    </message>
</context>
<context>
    <name>ordo::InvoiceQueries</name>
    <message>
        <source>There is no invoice %1.</source>
        <translation>No existe la factura %1.</translation>
    </message>
</context>
<context>
    <name>ordo::InvoiceRenderer</name>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Qty.</source>
        <translation>Cant.</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Precio ud.</translation>
    </message>
    <message>
        <source>Disc.</source>
        <translation>Dto.</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>IVA</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Tax ID %1</source>
        <translation>NIF %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>RECTIFYING INVOICE</source>
        <translation>FACTURA RECTIFICATIVA</translation>
    </message>
    <message>
        <source>DRAFT INVOICE</source>
        <translation>BORRADOR DE FACTURA</translation>
    </message>
    <message>
        <source>INVOICE</source>
        <translation>FACTURA</translation>
    </message>
    <message>
        <source>Tax ID: %1</source>
        <translation>NIF: %1</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>Teléfono: %1</translation>
    </message>
    <message>
        <source>Number: %1</source>
        <translation>Número: %1</translation>
    </message>
    <message>
        <source>(not issued)</source>
        <translation>(sin emitir)</translation>
    </message>
    <message>
        <source>Issue date: %1</source>
        <translation>Fecha de emisión: %1</translation>
    </message>
    <message>
        <source>Operation date: %1</source>
        <translation>Fecha de la operación: %1</translation>
    </message>
    <message>
        <source>Due date: %1</source>
        <translation>Vencimiento: %1</translation>
    </message>
    <message>
        <source>Work order: %1</source>
        <translation>Orden de trabajo: %1</translation>
    </message>
    <message>
        <source>CUSTOMER</source>
        <translation>CLIENTE</translation>
    </message>
    <message>
        <source>%1 %2 (continued)</source>
        <translation>%1 %2 (continuación)</translation>
    </message>
    <message>
        <source>Taxable base</source>
        <translation>Base imponible</translation>
    </message>
    <message>
        <source>VAT rate</source>
        <translation>Tipo de IVA</translation>
    </message>
    <message>
        <source>Total taxable base</source>
        <translation>Total base imponible</translation>
    </message>
    <message>
        <source>Total VAT</source>
        <translation>Total IVA</translation>
    </message>
    <message>
        <source>TOTAL</source>
        <translation>TOTAL</translation>
    </message>
    <message>
        <source>Payment by bank transfer to IBAN %1.</source>
        <translation>Pago por transferencia bancaria al IBAN %1.</translation>
    </message>
    <message>
        <source>Invoice %1</source>
        <translation>Factura %1</translation>
    </message>
    <message>
        <source>Tax QR code:</source>
        <translation>QR tributario:</translation>
    </message>
    <message>
        <source>RECTIFYING SIMPLIFIED INVOICE</source>
        <translation>FACTURA SIMPLIFICADA RECTIFICATIVA</translation>
    </message>
    <message>
        <source>DRAFT SIMPLIFIED INVOICE</source>
        <translation>BORRADOR DE FACTURA SIMPLIFICADA</translation>
    </message>
    <message>
        <source>SIMPLIFIED INVOICE</source>
        <translation>FACTURA SIMPLIFICADA</translation>
    </message>
    <message>
        <source>Rectifies: %1 of %2</source>
        <translation>Rectifica: %1 del %2</translation>
    </message>
    <message>
        <source>Simplified invoice: the customer is not identified.</source>
        <translation>Factura simplificada: el cliente no se identifica.</translation>
    </message>
    <message>
        <source>TOTAL (VAT included)</source>
        <translation>TOTAL (IVA incluido)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 del %2</translation>
    </message>
    <message>
        <source>Rectifying invoice (Real Decreto 1619/2012, art. 15) replacing invoice %1. Reason: %2</source>
        <translation>Factura rectificativa (Real Decreto 1619/2012, art. 15) que sustituye a la factura %1. Motivo: %2</translation>
    </message>
    <message>
        <source>Rectifying invoice (Real Decreto 1619/2012, art. 15) correcting invoice %1 by the difference. Reason: %2</source>
        <translation>Factura rectificativa (Real Decreto 1619/2012, art. 15) que corrige por diferencias la factura %1. Motivo: %2</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>borrador</translation>
    </message>
</context>
<context>
    <name>ordo::InvoiceRows</name>
    <message>
        <source>There is no such invoice.</source>
        <translation>No existe esa factura.</translation>
    </message>
    <message>
        <source>Every line of the invoice needs a description.</source>
        <translation>Cada línea de la factura necesita una descripción.</translation>
    </message>
    <message>
        <source>“%1”: VAT and discount must be between 0 % and 100 %.</source>
        <translation>«%1»: el IVA y el descuento deben estar entre el 0 % y el 100 %.</translation>
    </message>
    <message>
        <source>“%1”: unknown reason for the VAT (%2).</source>
        <translation>«%1»: motivo del IVA desconocido (%2).</translation>
    </message>
    <message>
        <source>“%1” is %2: its VAT rate must be 0 %.</source>
        <translation>«%1» es %2: su tipo de IVA debe ser 0 %.</translation>
    </message>
</context>
<context>
    <name>ordo::InvoicesView</name>
    <message>
        <source>All invoices</source>
        <translation>Todas las facturas</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>Borradores</translation>
    </message>
    <message>
        <source>Not paid in full</source>
        <translation>No cobradas del todo</translation>
    </message>
    <message>
        <source>Invoice an order…</source>
        <translation>Facturar una orden…</translation>
    </message>
    <message>
        <source>Company and e-mail…</source>
        <translation>Empresa y correo…</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Orden</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Cobrado</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Cobro</translation>
    </message>
    <message>
        <source>Invoice an order</source>
        <translation>Facturar una orden</translation>
    </message>
    <message>
        <source>Work order number:</source>
        <translation>Número de la orden de trabajo:</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Facturas</translation>
    </message>
    <message>
        <source>(draft)</source>
        <translation>(borrador)</translation>
    </message>
    <message>
        <source>Blank invoice…</source>
        <translation>Factura en blanco…</translation>
    </message>
    <message>
        <source>Blank invoice</source>
        <translation>Factura en blanco</translation>
    </message>
    <message>
        <source>No customer matches “%1”.</source>
        <translation>Ningún cliente coincide con «%1».</translation>
    </message>
    <message>
        <source>More than one customer matches “%1”; type more of the name or the phone.</source>
        <translation>Más de un cliente coincide con «%1»; escriba más del nombre o del teléfono.</translation>
    </message>
    <message>
        <source>Customer (name or phone):</source>
        <translation>Cliente (nombre o teléfono):</translation>
    </message>
    <message>
        <source>Search: number, customer or amount</source>
        <translation>Buscar: número, cliente o importe</translation>
    </message>
    <message>
        <source>No invoice matches “%1”.</source>
        <translation>Ninguna factura coincide con «%1».</translation>
    </message>
    <message>
        <source>The rest of the invoices could not be read: %1</source>
        <translation>No se ha podido leer el resto de las facturas: %1</translation>
    </message>
</context>
<context>
    <name>ordo::JobSheet</name>
    <message>
        <source>Job sheet — %1</source>
        <translation>Hoja de trabajo — %1</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Asignada a</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visita</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Trabajo</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminado</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Customer&apos;s signature</source>
        <translation>Firma del cliente</translation>
    </message>
    <message>
        <source>Technician&apos;s signature and date</source>
        <translation>Firma del técnico y fecha</translation>
    </message>
    <message>
        <source>Job sheet</source>
        <translation>Hoja de trabajo</translation>
    </message>
    <message>
        <source>Print the job sheet, or save it as a PDF?</source>
        <translation>¿Imprimir la hoja de trabajo o guardarla como PDF?</translation>
    </message>
    <message>
        <source>Print preview…</source>
        <translation>Vista previa de impresión…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Guardar como PDF…</translation>
    </message>
    <message>
        <source>Save job sheet</source>
        <translation>Guardar hoja de trabajo</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>No se pudo escribir %1.</translation>
    </message>
</context>
<context>
    <name>ordo::KeychainSecretStore</name>
    <message>
        <source>the keyring or %1</source>
        <translation>el anillo de claves o %1</translation>
    </message>
    <message>
        <source>No keyring could keep the password on this computer (%1), so Ordo keeps it in %2, a file that only your user can read.</source>
        <translation>Ningún anillo de claves pudo guardar la contraseña en este equipo (%1), así que Ordo la guarda en %2, un archivo que solo puede leer su usuario.</translation>
    </message>
    <message>
        <source>The keyring did not answer: %1</source>
        <translation>El anillo de claves no respondió: %1</translation>
    </message>
    <message>
        <source>there is no D-Bus session</source>
        <translation>no hay ninguna sesión de D-Bus</translation>
    </message>
    <message>
        <source>The keyring refused to keep the password: %1</source>
        <translation>El anillo de claves se negó a guardar la contraseña: %1</translation>
    </message>
    <message>
        <source>The keyring could not remove the password: %1</source>
        <translation>El anillo de claves no pudo borrar la contraseña: %1</translation>
    </message>
</context>
<context>
    <name>ordo::LinesEditor</name>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <source>Unit price (€)</source>
        <translation>Precio unitario (€)</translation>
    </message>
    <message>
        <source>VAT %</source>
        <translation>IVA %</translation>
    </message>
    <message>
        <source>Discount %</source>
        <translation>Descuento %</translation>
    </message>
    <message>
        <source>Net (€)</source>
        <translation>Importe (€)</translation>
    </message>
    <message>
        <source>Add line</source>
        <translation>Añadir línea</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation>Quitar línea</translation>
    </message>
    <message>
        <source>Line %1 needs a description.</source>
        <translation>La línea %1 necesita una descripción.</translation>
    </message>
    <message>
        <source>Line %1: the quantity “%2” is not a number.</source>
        <translation>Línea %1: la cantidad «%2» no es un número.</translation>
    </message>
    <message>
        <source>Line %1: the price “%2” is not an amount in euros.</source>
        <translation>Línea %1: el precio «%2» no es un importe en euros.</translation>
    </message>
    <message>
        <source>Line %1: VAT must be a percentage between 0 and 100.</source>
        <translation>Línea %1: el IVA debe ser un porcentaje entre 0 y 100.</translation>
    </message>
    <message>
        <source>Line %1: the discount must be a percentage between 0 and 100.</source>
        <translation>Línea %1: el descuento debe ser un porcentaje entre 0 y 100.</translation>
    </message>
    <message>
        <source>VAT %1 on %2: %3</source>
        <translation>IVA %1 sobre %2: %3</translation>
    </message>
    <message>
        <source>&lt;b&gt;Total: %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;Total: %1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Reason for no VAT…</source>
        <translation>Motivo sin IVA…</translation>
    </message>
    <message>
        <source>Exempt, reverse charge (inversión del sujeto pasivo) or not subject: the invoice prints the legal mention for it</source>
        <translation>Exenta, inversión del sujeto pasivo o no sujeta: la factura imprime la mención legal correspondiente</translation>
    </message>
    <message>
        <source>Reason for no VAT</source>
        <translation>Motivo sin IVA</translation>
    </message>
    <message>
        <source>Line %1: why it carries no VAT</source>
        <translation>Línea %1: por qué no lleva IVA</translation>
    </message>
    <message>
        <source>Line %1 is “%2”: its VAT must be 0 %.</source>
        <translation>La línea %1 es «%2»: su IVA debe ser 0 %.</translation>
    </message>
    <message>
        <source>%1 — %2 · %3 / %4 · VAT %5</source>
        <translation>%1 — %2 · %3 / %4 · IVA %5</translation>
    </message>
</context>
<context>
    <name>ordo::MailOutbox</name>
    <message>
        <source>There is no e-mail address to send it to.</source>
        <translation>No hay ninguna dirección de correo a la que enviarlo.</translation>
    </message>
    <message>
        <source>Ordo (automatic)</source>
        <translation>Ordo (automático)</translation>
    </message>
</context>
<context>
    <name>ordo::Mailer</name>
    <message>
        <source>There is no e-mail address to send it to.</source>
        <translation>No hay ninguna dirección de correo a la que enviarla.</translation>
    </message>
    <message>
        <source>No mail server is set up: fill in Settings › E-mail.</source>
        <translation>No hay ningún servidor de correo configurado: rellene Configuración › Correo.</translation>
    </message>
    <message>
        <source>Set the sender address in Settings › E-mail.</source>
        <translation>Indique la dirección del remitente en Configuración › Correo.</translation>
    </message>
    <message>
        <source>The mail library could not start.</source>
        <translation>La biblioteca de correo no pudo iniciarse.</translation>
    </message>
    <message>
        <source>The mail server %1 was not found; check its name in Settings › E-mail.</source>
        <translation>No se encontró el servidor de correo %1; revise su nombre en Configuración › Correo.</translation>
    </message>
    <message>
        <source>The mail server %1 did not answer; it may be down, or the port is wrong.</source>
        <translation>El servidor de correo %1 no respondió; puede estar caído o el puerto es incorrecto.</translation>
    </message>
    <message>
        <source>The mail server refused the user name or password (%1).</source>
        <translation>El servidor de correo rechazó el usuario o la contraseña (%1).</translation>
    </message>
    <message>
        <source>A secure connection to the mail server %1 failed (%2).</source>
        <translation>Falló la conexión segura con el servidor de correo %1 (%2).</translation>
    </message>
    <message>
        <source>The mail server refused the message (%1 %2).</source>
        <translation>El servidor de correo rechazó el mensaje (%1 %2).</translation>
    </message>
    <message>
        <source>The message could not be sent through %1 (%2).</source>
        <translation>No se pudo enviar el mensaje a través de %1 (%2).</translation>
    </message>
    <message>
        <source>The mail library (libcurl) could not be loaded: %1</source>
        <translation>No se pudo cargar la biblioteca de correo (libcurl): %1</translation>
    </message>
</context>
<context>
    <name>ordo::MainWindow</name>
    <message>
        <source>Ordo</source>
        <translation>Ordo</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>Tablero</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Órdenes</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personal</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>Proceso</translation>
    </message>
    <message>
        <source>Ctrl+%1</source>
        <translation>Ctrl+%1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>New &amp;order…</source>
        <translation>Nueva &amp;orden…</translation>
    </message>
    <message>
        <source>New &amp;database…</source>
        <translation>Nueva &amp;base de datos…</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>&amp;Abrir base de datos…</translation>
    </message>
    <message>
        <source>&amp;Recent databases</source>
        <translation>Bases de datos &amp;recientes</translation>
    </message>
    <message>
        <source>Create a &amp;demo database…</source>
        <translation>Crear una base de datos de &amp;demostración…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Board</source>
        <translation>&amp;Tablero</translation>
    </message>
    <message>
        <source>&amp;Orders</source>
        <translation>Ó&amp;rdenes</translation>
    </message>
    <message>
        <source>&amp;Customers</source>
        <translation>&amp;Clientes</translation>
    </message>
    <message>
        <source>&amp;Staff</source>
        <translation>&amp;Personal</translation>
    </message>
    <message>
        <source>&amp;Process</source>
        <translation>Pro&amp;ceso</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Configuración</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Como el sistema</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Ordo will use the new language the next time it starts.</source>
        <translation>Ordo usará el nuevo idioma la próxima vez que se inicie.</translation>
    </message>
    <message>
        <source>Could not open the database</source>
        <translation>No se pudo abrir la base de datos</translation>
    </message>
    <message>
        <source>Ordo — %1</source>
        <translation>Ordo — %1</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>Nueva base de datos</translation>
    </message>
    <message>
        <source>Ordo databases (*.sqlite)</source>
        <translation>Bases de datos de Ordo (*.sqlite)</translation>
    </message>
    <message>
        <source>%1 already exists. Choose another name, or open it with File › Open.</source>
        <translation>%1 ya existe. Elija otro nombre o ábrala con Archivo › Abrir.</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Abrir base de datos</translation>
    </message>
    <message>
        <source>Ordo databases (*.sqlite);;All files (*)</source>
        <translation>Bases de datos de Ordo (*.sqlite);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Demo database</source>
        <translation>Base de datos de demostración</translation>
    </message>
    <message>
        <source>%1 already exists; demo data only goes into a new file.</source>
        <translation>%1 ya existe; los datos de demostración solo se crean en un archivo nuevo.</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendario</translation>
    </message>
    <message>
        <source>New &amp;call…</source>
        <translation>Nueva &amp;llamada…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>C&amp;alendar</source>
        <translation>C&amp;alendario</translation>
    </message>
    <message>
        <source>&amp;Automatic assignment</source>
        <translation>&amp;Asignación automática</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Prefer who covers the postcode</source>
        <translation>Preferir a quien cubre el código postal</translation>
    </message>
    <message>
        <source>Prefer the least loaded</source>
        <translation>Preferir al menos cargado</translation>
    </message>
    <message>
        <source>Take turns (round robin)</source>
        <translation>Por turnos (rotación)</translation>
    </message>
    <message>
        <source>Prefer who has the skills</source>
        <translation>Preferir a quien tiene las habilidades</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Facturas</translation>
    </message>
    <message>
        <source>&amp;Invoices</source>
        <translation>&amp;Facturas</translation>
    </message>
    <message>
        <source>&amp;Company and e-mail…</source>
        <translation>&amp;Empresa y correo…</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Informes</translation>
    </message>
    <message>
        <source>Open reviews</source>
        <translation>Abrir revisiones</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>&amp;Informes</translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation>Hacer una &amp;copia de seguridad ahora…</translation>
    </message>
    <message>
        <source>Re&amp;store…</source>
        <translation>Re&amp;staurar…</translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation>&amp;Copias de seguridad…</translation>
    </message>
    <message>
        <source>Today&apos;s backup: %1</source>
        <translation>Copia de seguridad de hoy: %1</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>The backup was restored. The database as it was before is kept as %1.</source>
        <translation>Se ha restaurado la copia de seguridad. La base de datos tal como estaba antes se ha guardado como %1.</translation>
    </message>
    <message>
        <source>Daily backup</source>
        <translation>Copia de seguridad diaria</translation>
    </message>
    <message>
        <source>Today&apos;s backup could not be taken: %1
Check the backup folder in Settings › Backups….</source>
        <translation>No se pudo hacer la copia de seguridad de hoy: %1
Revise la carpeta de copias en Configuración › Copias de seguridad….</translation>
    </message>
    <message>
        <source>&amp;Lock and switch person…</source>
        <translation>&amp;Bloquear y cambiar de persona…</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>Working: %1 (%2)</source>
        <translation>Trabajando: %1 (%2)</translation>
    </message>
    <message>
        <source>Working: %1</source>
        <translation>Trabajando: %1</translation>
    </message>
    <message>
        <source>&amp;Accounts and permissions…</source>
        <translation>&amp;Cuentas y permisos…</translation>
    </message>
    <message>
        <source>&amp;VERI*FACTU…</source>
        <translation>&amp;VERI*FACTU…</translation>
    </message>
    <message>
        <source>Booking &amp;page…</source>
        <translation>&amp;Página de reservas…</translation>
    </message>
    <message>
        <source>&amp;Technicians&apos; phones…</source>
        <translation>Móviles de los &amp;técnicos…</translation>
    </message>
    <message>
        <source>My day</source>
        <translation>Mi día</translation>
    </message>
    <message>
        <source>&amp;My day</source>
        <translation>&amp;Mi día</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;Manual</source>
        <translation>&amp;Manual</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Atajos de &amp;teclado</translation>
    </message>
    <message>
        <source>&amp;About Ordo</source>
        <translation>&amp;Acerca de Ordo</translation>
    </message>
    <message>
        <source>Set &amp;up the company…</source>
        <translation>Config&amp;urar la empresa…</translation>
    </message>
    <message>
        <source>The company is set up. Its data can be changed in Settings › Company and e-mail.</source>
        <translation>La empresa está configurada. Sus datos se pueden cambiar en Configuración › Empresa y correo.</translation>
    </message>
    <message>
        <source>Booked: %1</source>
        <translation>Reserva hecha: %1</translation>
    </message>
    <message>
        <source>%1 booked: %2</source>
        <translation>Reserva de %1: %2</translation>
    </message>
    <message>
        <source>%1 created.</source>
        <translation>%1 creada.</translation>
    </message>
    <message>
        <source>Call noted on %1.</source>
        <translation>Llamada anotada en %1.</translation>
    </message>
    <message>
        <source>&amp;Price catalogue…</source>
        <translation>Catálogo de &amp;precios…</translation>
    </message>
    <message>
        <source>Connect to the office &amp;server…</source>
        <translation>Conectar con el &amp;servidor de la oficina…</translation>
    </message>
    <message>
        <source>Connect to the office server</source>
        <translation>Conectar con el servidor de la oficina</translation>
    </message>
    <message>
        <source>The password was not kept in the keyring: %1</source>
        <translation>La contraseña no se ha guardado en el llavero: %1</translation>
    </message>
</context>
<context>
    <name>ordo::MaintenancePlanDialog</name>
    <message>
        <source>Only from</source>
        <translation>Solo de</translation>
    </message>
    <message>
        <source>Ends on:</source>
        <translation>Termina el:</translation>
    </message>
    <message>
        <source>On: makes its orders</source>
        <translation>En marcha: crea sus órdenes</translation>
    </message>
    <message>
        <source>Maintenance plan: %1</source>
        <translation>Plan de mantenimiento: %1</translation>
    </message>
    <message>
        <source>New maintenance plan</source>
        <translation>Nuevo plan de mantenimiento</translation>
    </message>
    <message>
        <source>Yearly boiler service</source>
        <translation>Revisión anual de la caldera</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>Mantenimiento</translation>
    </message>
    <message>
        <source>All assets at %1</source>
        <translation>Todos los activos de %1</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>Once</source>
        <translation>Una vez</translation>
    </message>
    <message>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation>&amp;Para:</translation>
    </message>
    <message>
        <source>&amp;Job type:</source>
        <translation>Tipo de &amp;trabajo:</translation>
    </message>
    <message>
        <source>&amp;Repeat every:</source>
        <translation>&amp;Repetir cada:</translation>
    </message>
    <message>
        <source>&amp;First due:</source>
        <translation>P&amp;rimera fecha:</translation>
    </message>
    <message>
        <source>Season:</source>
        <translation>Temporada:</translation>
    </message>
    <message>
        <source>End:</source>
        <translation>Fin:</translation>
    </message>
    <message>
        <source>Make the order:</source>
        <translation>Crear la orden:</translation>
    </message>
    <message>
        <source>Next due: %1</source>
        <translation>Próximas fechas: %1</translation>
    </message>
    <message>
        <source>The first due date is outside the season.</source>
        <translation>La primera fecha está fuera de la temporada.</translation>
    </message>
    <message numerus="yes">
        <source> month(s)</source>
        <translation>
            <numerusform> mes</numerusform>
            <numerusform> meses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> day(s) before</source>
        <translation>
            <numerusform> día antes</numerusform>
            <numerusform> días antes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ordo::MaintenancePlans</name>
    <message>
        <source>A maintenance plan needs a title (it becomes the orders&apos; title).</source>
        <translation>Un plan de mantenimiento necesita un título (será el título de las órdenes).</translation>
    </message>
    <message>
        <source>A maintenance plan needs its first due date.</source>
        <translation>Un plan de mantenimiento necesita su primer vencimiento.</translation>
    </message>
    <message>
        <source>A plan repeats every 1 to %1 months, or 0 for once.</source>
        <translation>Un plan se repite cada 1 a %1 meses, o 0 para una sola vez.</translation>
    </message>
    <message>
        <source>The orders are made between 0 and %1 days ahead.</source>
        <translation>Las órdenes se crean con entre 0 y %1 días de antelación.</translation>
    </message>
    <message>
        <source>The plan cannot end before its first due date.</source>
        <translation>El plan no puede terminar antes de su primer vencimiento.</translation>
    </message>
    <message>
        <source>There is no customer number %1.</source>
        <translation>No hay ningún cliente número %1.</translation>
    </message>
    <message>
        <source>That asset is not one of this customer&apos;s.</source>
        <translation>Ese activo no es de este cliente.</translation>
    </message>
    <message>
        <source>That site is not one of this customer&apos;s.</source>
        <translation>Esa dirección de obra no es de este cliente.</translation>
    </message>
    <message>
        <source>Someone else changed this maintenance plan meanwhile; nothing was saved.</source>
        <translation>Otra persona ha cambiado este plan de mantenimiento entretanto; no se ha guardado nada.</translation>
    </message>
    <message>
        <source>There is no maintenance plan number %1.</source>
        <translation>No hay ningún plan de mantenimiento número %1.</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>Mantenimiento</translation>
    </message>
    <message>
        <source>Planned maintenance due on %1.</source>
        <translation>Mantenimiento planificado con vencimiento el %1.</translation>
    </message>
    <message>
        <source>The run needs a valid date.</source>
        <translation>La ejecución necesita una fecha válida.</translation>
    </message>
    <message>
        <source>Plan %1 (%2), due %3: %4</source>
        <translation>Plan %1 (%2), vence el %3: %4</translation>
    </message>
    <message>
        <source>Choose the assets to make orders for.</source>
        <translation>Elija los activos para los que crear órdenes.</translation>
    </message>
    <message>
        <source>Say the day the orders are due.</source>
        <translation>Indique el día de vencimiento de las órdenes.</translation>
    </message>
    <message>
        <source>Maintenance visit</source>
        <translation>Visita de mantenimiento</translation>
    </message>
    <message>
        <source>%1 (asset %2) was removed from its site; no order is made for it.</source>
        <translation>%1 (activo %2) se retiró de su dirección; no se crea ninguna orden para él.</translation>
    </message>
    <message>
        <source>Asked for from what the history teaches: %1.</source>
        <translation>Pedida desde «Lo que enseña el historial»: %1.</translation>
    </message>
    <message>
        <source>A season runs from one month (1 to 12) to another, or the plan has none.</source>
        <translation>Una temporada va de un mes (1 a 12) a otro, o el plan no tiene ninguna.</translation>
    </message>
    <message>
        <source>The first due date must fall in the plan&apos;s season.</source>
        <translation>La primera fecha debe caer dentro de la temporada del plan.</translation>
    </message>
    <message numerus="yes">
        <source>Every %n month(s) from %1</source>
        <translation>
            <numerusform>Cada mes desde el %1</numerusform>
            <numerusform>Cada %n meses desde el %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Once on %1</source>
        <translation>Una vez, el %1</translation>
    </message>
    <message>
        <source>%1, %2 to %3</source>
        <translation>%1, de %2 a %3</translation>
    </message>
    <message>
        <source>%1, until %2</source>
        <translation>%1, hasta el %2</translation>
    </message>
</context>
<context>
    <name>ordo::MaintenancePlansDialog</name>
    <message>
        <source>Show plans switched off</source>
        <translation>Mostrar planes desactivados</translation>
    </message>
    <message>
        <source>Maintenance plans</source>
        <translation>Planes de mantenimiento</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Para</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Orders made</source>
        <translation>Órdenes creadas</translation>
    </message>
    <message>
        <source>On</source>
        <translation>En marcha</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Añadir…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>All assets at %1</source>
        <translation>Todos los activos de %1</translation>
    </message>
    <message>
        <source>All the customer&apos;s assets</source>
        <translation>Todos los activos del cliente</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ahead</source>
        <translation>
            <numerusform>%n día antes</numerusform>
            <numerusform>%n días antes</numerusform>
        </translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>No maintenance plans for this customer. A plan makes its orders by itself, the days ahead it says.</source>
        <translation>Este cliente no tiene planes de mantenimiento. Un plan crea sus órdenes solo, con los días de antelación que indique.</translation>
    </message>
</context>
<context>
    <name>ordo::MyDayReport</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hora</numerusform>
            <numerusform>%n horas</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 past the target in %2</source>
        <translation>%1 fuera de plazo en %2</translation>
    </message>
    <message>
        <source>due on %1</source>
        <translation>venció el %1</translation>
    </message>
    <message>
        <source>done</source>
        <translation>hecha</translation>
    </message>
    <message numerus="yes">
        <source>due since %1 (%n earlier one(s) missed)</source>
        <translation>
            <numerusform>pendiente desde el %1 (%n anterior sin hacer)</numerusform>
            <numerusform>pendiente desde el %1 (%n anteriores sin hacer)</numerusform>
        </translation>
    </message>
    <message>
        <source>due since %1</source>
        <translation>pendiente desde el %1</translation>
    </message>
    <message>
        <source>Draft invoice</source>
        <translation>Borrador de factura</translation>
    </message>
    <message>
        <source>%1 · a draft for %2</source>
        <translation>%1 · borrador desde hace %2</translation>
    </message>
    <message>
        <source>%1 owed · due on %2, %3 ago</source>
        <translation>%1 pendiente · venció el %2, hace %3</translation>
    </message>
</context>
<context>
    <name>ordo::MyDayView</name>
    <message>
        <source>Open Ordo on My day</source>
        <translation>Abrir Ordo en Mi día</translation>
    </message>
    <message>
        <source>Each person chooses it for themselves, on this PC. The board stays at Ctrl+1.</source>
        <translation>Cada persona lo elige para sí, en este PC. El tablero sigue en Ctrl+1.</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>My day — %1</source>
        <extracomment>The page&apos;s title: &quot;Mi día — martes, 1 de diciembre&quot;.</extracomment>
        <translation>Mi día — %1</translation>
    </message>
    <message>
        <source>Sign in to see your day: My day shows what needs the person who is working.</source>
        <translation>Inicie sesión para ver su día: Mi día muestra lo que necesita la persona que está trabajando.</translation>
    </message>
    <message>
        <source>My orders past their target</source>
        <translation>Mis órdenes fuera de plazo</translation>
    </message>
    <message>
        <source>None of your orders is late.</source>
        <translation>Ninguna de sus órdenes va con retraso.</translation>
    </message>
    <message>
        <source>My visits today</source>
        <translation>Mis visitas de hoy</translation>
    </message>
    <message>
        <source>No visits today.</source>
        <translation>Hoy no hay visitas.</translation>
    </message>
    <message>
        <source>My reviews due</source>
        <translation>Mis revisiones pendientes</translation>
    </message>
    <message>
        <source>No review is due.</source>
        <translation>No hay revisiones pendientes.</translation>
    </message>
    <message>
        <source>Invoices to issue</source>
        <translation>Facturas por emitir</translation>
    </message>
    <message>
        <source>No drafts waiting.</source>
        <translation>No hay borradores esperando.</translation>
    </message>
    <message>
        <source>Invoices to chase</source>
        <translation>Facturas por cobrar</translation>
    </message>
    <message>
        <source>No invoice is past due.</source>
        <translation>Ninguna factura ha vencido.</translation>
    </message>
    <message>
        <source>%1 (%2, the first %3 shown)</source>
        <translation>%1 (%2; se muestran las %3 primeras)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>ordo::NewTokenDialog</name>
    <message>
        <source>New API token</source>
        <translation>Nuevo token de API</translation>
    </message>
    <message>
        <source>e.g. backup-job</source>
        <translation>p. ej. copia-nocturna</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>Access:</source>
        <translation>Acceso:</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copiado</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Crear</translation>
    </message>
    <message>
        <source>The token “%1” (%2). Copy it now and keep it where the job can read it. It will not be shown again.</source>
        <translation>El token «%1» (%2). Cópielo ahora y guárdelo donde la tarea pueda leerlo. No se volverá a mostrar.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>ordo::OnlineBooking</name>
    <message>
        <source>Your visit is booked: %1</source>
        <translation>Su visita está reservada: %1</translation>
    </message>
    <message>
        <source>Your visit has been moved: %1</source>
        <translation>Nueva fecha de su visita: %1</translation>
    </message>
    <message>
        <source>Your visit has been cancelled</source>
        <translation>Su visita ha sido anulada</translation>
    </message>
    <message>
        <source>Hello %1,</source>
        <translation>Hola, %1:</translation>
    </message>
    <message>
        <source>We will visit you on %1 between %2 and %3 at %4 to see the job and prepare an estimate.</source>
        <translation>Le visitaremos el %1 entre las %2 y las %3 en %4 para ver el trabajo y preparar un presupuesto.</translation>
    </message>
    <message>
        <source>The visit of %1 at %2 has been cancelled, as you asked. If you want another day, book it again or call us.</source>
        <translation>La visita del %1 en %2 ha quedado anulada, como nos pidió. Si quiere otro día, reserve de nuevo o llámenos.</translation>
    </message>
    <message>
        <source>Your reference: %1</source>
        <translation>Su referencia: %1</translation>
    </message>
    <message>
        <source>To change or cancel the visit: %1</source>
        <translation>Para cambiar o anular la visita: %1</translation>
    </message>
    <message>
        <source>Questions? Call us at %1.</source>
        <translation>¿Dudas? Llámenos al %1.</translation>
    </message>
    <message>
        <source>Estimate visit: %1</source>
        <translation>Visita para presupuesto: %1</translation>
    </message>
    <message>
        <source>%1 will use your details only to arrange and carry out this visit and the work you ask for, as the law on data protection allows (RGPD and LOPDGDD). They are not given to anyone else. You may ask to see, correct or delete them at any time by writing to us.</source>
        <translation>%1 usará sus datos solo para organizar y realizar esta visita y el trabajo que nos pida, como permite la normativa de protección de datos (RGPD y LOPDGDD). No se ceden a nadie. Puede pedirnos en cualquier momento acceder a ellos, rectificarlos o suprimirlos escribiéndonos.</translation>
    </message>
    <message>
        <source>Online booking</source>
        <translation>Reserva web</translation>
    </message>
    <message>
        <source>Choose the kind of job.</source>
        <translation>Elija el tipo de trabajo.</translation>
    </message>
    <message>
        <source>The postcode has five digits, e.g. 28013.</source>
        <translation>El código postal tiene cinco cifras, p. ej. 28013.</translation>
    </message>
    <message>
        <source>The description is too long: at most %1 characters.</source>
        <translation>La descripción es demasiado larga: como máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>Write a phone number we can call, e.g. 612 345 678.</source>
        <translation>Escriba un teléfono al que podamos llamarle, p. ej. 612 345 678.</translation>
    </message>
    <message>
        <source>Write an e-mail address we can send the confirmation to.</source>
        <translation>Escriba un correo electrónico al que enviarle la confirmación.</translation>
    </message>
    <message>
        <source>The town is too long: at most %1 characters.</source>
        <translation>La localidad es demasiado larga: como máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>Accept the privacy notice to book: we need your details to arrange the visit.</source>
        <translation>Acepte el aviso de privacidad para reservar: necesitamos sus datos para organizar la visita.</translation>
    </message>
    <message>
        <source>Some text has characters that cannot be kept; type it again.</source>
        <translation>Algún texto tiene caracteres que no se pueden guardar; escríbalo de nuevo.</translation>
    </message>
    <message>
        <source>Online booking is closed. Please call us.</source>
        <translation>La reserva por internet está cerrada. Llámenos, por favor.</translation>
    </message>
    <message>
        <source>We do not work in the postcode %1 yet.</source>
        <translation>Todavía no trabajamos en el código postal %1.</translation>
    </message>
    <message>
        <source>Sorry, that time has just been taken. Please choose another one.</source>
        <translation>Lo sentimos, esa hora se acaba de ocupar. Elija otra, por favor.</translation>
    </message>
    <message>
        <source>Booked online. The same phone or e-mail belongs to: %1. Check whether it is the same customer before merging.</source>
        <translation>Reservó por internet. El mismo teléfono o correo pertenece a: %1. Compruebe si es el mismo cliente antes de unirlos.</translation>
    </message>
    <message>
        <source>Booked online by the customer. Assigned automatically: %1</source>
        <translation>Reservado por el cliente por internet. Asignado automáticamente: %1</translation>
    </message>
    <message>
        <source>Returning customer, recognised by phone or e-mail.</source>
        <translation>Cliente conocido, reconocido por teléfono o correo.</translation>
    </message>
    <message>
        <source>Check the customer: the same phone or e-mail belongs to %1. Nothing was merged.</source>
        <translation>Revise el cliente: el mismo teléfono o correo pertenece a %1. No se ha unido nada.</translation>
    </message>
    <message>
        <source>This link is not valid any more. To change the visit, please call us.</source>
        <translation>Este enlace ya no es válido. Para cambiar la visita, llámenos, por favor.</translation>
    </message>
    <message>
        <source>This visit was cancelled. Book a new one if you wish.</source>
        <translation>Esta visita se anuló. Reserve otra si lo desea.</translation>
    </message>
    <message>
        <source>That is already the time of your visit.</source>
        <translation>Esa ya es la hora de su visita.</translation>
    </message>
    <message>
        <source>The customer moved the visit from the booking link: %1</source>
        <translation>El cliente cambió la visita desde el enlace de la reserva: %1</translation>
    </message>
    <message>
        <source>This visit was already cancelled.</source>
        <translation>Esta visita ya estaba anulada.</translation>
    </message>
    <message>
        <source>The customer cancelled the visit from the booking link. Call them back if the job is still wanted.</source>
        <translation>El cliente anuló la visita desde el enlace de la reserva. Llámele por si aún quiere el trabajo.</translation>
    </message>
    <message>
        <source>This form was sent already: the visit is booked. Look for the confirmation in your e-mail.</source>
        <translation>Este formulario ya se envió: la visita está reservada. Busque la confirmación en su correo.</translation>
    </message>
    <message>
        <source>Write your name.</source>
        <translation>Escriba su nombre.</translation>
    </message>
    <message>
        <source>The name is too long: at most %1 characters.</source>
        <translation>El nombre es demasiado largo: como máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>Write the address of the work.</source>
        <translation>Escriba la dirección de la obra.</translation>
    </message>
    <message>
        <source>The address is too long: at most %1 characters.</source>
        <translation>La dirección es demasiado larga: como máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>You already have a visit booked for this job at this address: %1 at %2. To change or cancel it, use the link in your confirmation e-mail.</source>
        <translation>Ya tiene una visita reservada para este trabajo en esta dirección: el %1 a las %2. Para cambiarla o anularla, use el enlace de su correo de confirmación.</translation>
    </message>
</context>
<context>
    <name>ordo::OrderAssetsDialog</name>
    <message>
        <source>What the order is about</source>
        <translation>De qué trata la orden</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Nº de serie</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Dirección de obra</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>This customer has no assets registered yet.</source>
        <translation>Este cliente aún no tiene activos registrados.</translation>
    </message>
</context>
<context>
    <name>ordo::OrderEditor</name>
    <message>
        <source>Work order</source>
        <translation>Orden de trabajo</translation>
    </message>
    <message>
        <source>New work order</source>
        <translation>Nueva orden de trabajo</translation>
    </message>
    <message>
        <source>&amp;Order</source>
        <translation>&amp;Orden</translation>
    </message>
    <message>
        <source>&amp;Lines</source>
        <translation>&amp;Líneas</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notas</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Historial</translation>
    </message>
    <message>
        <source>Type a phone number or a name…</source>
        <translation>Escriba un teléfono o un nombre…</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>Cliente nuevo</translation>
    </message>
    <message>
        <source>&amp;Customer:</source>
        <translation>&amp;Cliente:</translation>
    </message>
    <message>
        <source>Where the work is, if not the customer&apos;s address</source>
        <translation>Dónde es el trabajo, si no es la dirección del cliente</translation>
    </message>
    <message>
        <source>&amp;Site:</source>
        <translation>&amp;Obra:</translation>
    </message>
    <message>
        <source>Installation</source>
        <translation>Instalación</translation>
    </message>
    <message>
        <source>Repair</source>
        <translation>Reparación</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>Mantenimiento</translation>
    </message>
    <message>
        <source>&amp;Job type:</source>
        <translation>&amp;Tipo de trabajo:</translation>
    </message>
    <message>
        <source>What is the job? e.g. Replace three windows</source>
        <translation>¿En qué consiste el trabajo? p. ej. Cambiar tres ventanas</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>Tít&amp;ulo:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Descripción:</translation>
    </message>
    <message>
        <source>Nobody yet</source>
        <translation>Nadie todavía</translation>
    </message>
    <message>
        <source>&amp;Assigned to:</source>
        <translation>&amp;Asignada a:</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>&amp;Prioridad:</translation>
    </message>
    <message>
        <source>Due by</source>
        <translation>Antes del</translation>
    </message>
    <message>
        <source>D&amp;ue date:</source>
        <translation>&amp;Fecha límite:</translation>
    </message>
    <message>
        <source>New customer:</source>
        <translation>Cliente nuevo:</translation>
    </message>
    <message>
        <source>Write a note for the people who handle this order…</source>
        <translation>Escriba una nota para quienes llevan esta orden…</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Añadir nota</translation>
    </message>
    <message>
        <source>Work order %1</source>
        <translation>Orden de trabajo %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — in “%2” since %3 · responsible: %4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — en «%2» desde %3 · responsable: %4</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>nadie</translation>
    </message>
    <message>
        <source>A new order starts in the first step of the process map.</source>
        <translation>Una orden nueva empieza en el primer paso del mapa del proceso.</translation>
    </message>
    <message>
        <source>No customer matches: press “New customer”.</source>
        <translation>Ningún cliente coincide: pulse «Cliente nuevo».</translation>
    </message>
    <message>
        <source>Choose the customer, or press “New customer”.</source>
        <translation>Elija el cliente o pulse «Cliente nuevo».</translation>
    </message>
    <message>
        <source>Say what the job is.</source>
        <translation>Indique en qué consiste el trabajo.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>No se ha guardado</translation>
    </message>
    <message>
        <source>Note not added</source>
        <translation>No se ha añadido la nota</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>This order has changes that are not saved. Save them?</source>
        <translation>Esta orden tiene cambios sin guardar. ¿Guardarlos?</translation>
    </message>
    <message>
        <source>Job sheet…</source>
        <translation>Hoja de trabajo…</translation>
    </message>
    <message>
        <source>The lines of %1 could not be read: %2
The order can be looked at but not saved, so that its lines are not lost.</source>
        <translation>No se pudieron leer las líneas de %1: %2
La orden se puede consultar pero no guardar, para que no se pierdan sus líneas.</translation>
    </message>
    <message>
        <source>The lines of this order could not be read (%1); saving now would delete them. Close the order and open it again.</source>
        <translation>No se pudieron leer las líneas de esta orden (%1); guardar ahora las borraría. Cierre la orden y ábrala de nuevo.</translation>
    </message>
    <message>
        <source>Check the customer: the same phone or e-mail belongs to %1. Click one to make it this order&apos;s customer instead.</source>
        <translation>Revise el cliente: el mismo teléfono o correo es de %1. Pulse en uno para que sea el cliente de esta orden.</translation>
    </message>
    <message>
        <source>This image cannot be shown.</source>
        <translation>Esta imagen no se puede mostrar.</translation>
    </message>
    <message>
        <source>Signed by %1 at %2</source>
        <translation>Firmado por %1 a las %2</translation>
    </message>
    <message>
        <source>Photo taken at %1</source>
        <translation>Foto tomada a las %1</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Fotos</translation>
    </message>
    <message>
        <source>Click to see it full size</source>
        <translation>Haga clic para verla a tamaño completo</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Guardar como…</translation>
    </message>
    <message>
        <source>Save the picture</source>
        <translation>Guardar la imagen</translation>
    </message>
    <message>
        <source>photo</source>
        <translation>foto</translation>
    </message>
    <message>
        <source>Could not save the picture</source>
        <translation>No se pudo guardar la imagen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Quote…</source>
        <translation>Presupuesto…</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Presupuesto</translation>
    </message>
    <message>
        <source>The quote is made from the order as saved. Save your changes first?</source>
        <translation>El presupuesto se hace con la orden tal como está guardada. ¿Guardar antes sus cambios?</translation>
    </message>
    <message>
        <source>Assets…</source>
        <translation>Activos…</translation>
    </message>
    <message>
        <source>The customer&apos;s assets this order is about: the windows to repair, the boiler to service.</source>
        <translation>Los activos del cliente de los que trata esta orden: las ventanas que reparar, la caldera que revisar.</translation>
    </message>
    <message>
        <source>Assets (%1)…</source>
        <translation>Activos (%1)…</translation>
    </message>
</context>
<context>
    <name>ordo::OrderSaving</name>
    <message>
        <source>Choose the customer, or give the new customer&apos;s name.</source>
        <translation>Elija el cliente o indique el nombre del cliente nuevo.</translation>
    </message>
</context>
<context>
    <name>ordo::OrdersModel</name>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Trabajo</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Asignada a</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creada</translation>
    </message>
</context>
<context>
    <name>ordo::OrdersView</name>
    <message>
        <source>Search orders: number, customer, phone, address, words of the job…</source>
        <translation>Buscar órdenes: número, cliente, teléfono, dirección, palabras del trabajo…</translation>
    </message>
    <message>
        <source>New order</source>
        <translation>Nueva orden</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Búsqueda</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Not every order could be read: %1</source>
        <translation>No se pudieron leer todas las órdenes: %1</translation>
    </message>
</context>
<context>
    <name>ordo::OrdoPlugin</name>
    <message>
        <source>the plugin %1 belongs to another version of Ordo</source>
        <translation>el complemento %1 es de otra versión de Ordo</translation>
    </message>
    <message>
        <source>the plugin %1 is not in %2</source>
        <translation>el complemento %1 no está en %2</translation>
    </message>
    <message>
        <source>the plugin %1 cannot be loaded (%2)</source>
        <translation>no se puede cargar el complemento %1 (%2)</translation>
    </message>
</context>
<context>
    <name>ordo::OwnerDialog</name>
    <message>
        <source>The company&apos;s owner</source>
        <translation>El propietario de la empresa</translation>
    </message>
    <message>
        <source>This company has no accounts yet. Who owns it? The owner may do everything in Ordo, add the staff and decide who needs a PIN or password.</source>
        <translation>Esta empresa aún no tiene cuentas. ¿Quién es el propietario? El propietario puede hacerlo todo en Ordo, dar de alta al personal y decidir quién necesita PIN o contraseña.</translation>
    </message>
    <message>
        <source>optional, at least 8 characters</source>
        <translation>opcional, al menos 8 caracteres</translation>
    </message>
    <message>
        <source>Your name:</source>
        <translation>Su nombre:</translation>
    </message>
    <message>
        <source>Username:</source>
        <translation>Nombre de usuario:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Contraseña:</translation>
    </message>
    <message>
        <source>Repeat it:</source>
        <translation>Repítala:</translation>
    </message>
    <message>
        <source>Create the owner&apos;s account</source>
        <translation>Crear la cuenta del propietario</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Las dos contraseñas no coinciden.</translation>
    </message>
</context>
<context>
    <name>ordo::PaymentDialog</name>
    <message>
        <source>Record refund — %1</source>
        <translation>Registrar devolución — %1</translation>
    </message>
    <message>
        <source>Record payment — %1</source>
        <translation>Registrar cobro — %1</translation>
    </message>
    <message>
        <source>&amp;Amount given back (€):</source>
        <translation>&amp;Importe devuelto (€):</translation>
    </message>
    <message>
        <source>&amp;Amount received (€):</source>
        <translation>&amp;Importe cobrado (€):</translation>
    </message>
    <message>
        <source>Paid &amp;by:</source>
        <translation>&amp;Forma de pago:</translation>
    </message>
    <message>
        <source>The day the money came in: today, or an earlier day; never a later one.</source>
        <translation>El día en que llegó el dinero: hoy o un día anterior, nunca uno posterior.</translation>
    </message>
    <message>
        <source>&amp;On:</source>
        <translation>F&amp;echa:</translation>
    </message>
    <message>
        <source>Optional: transfer reference, cheque number…</source>
        <translation>Opcional: referencia de la transferencia, número del cheque…</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Nota:</translation>
    </message>
    <message>
        <source>Record refund</source>
        <translation>Registrar devolución</translation>
    </message>
    <message>
        <source>Record payment</source>
        <translation>Registrar cobro</translation>
    </message>
    <message>
        <source>“%1” is not an amount in euros.</source>
        <translation>«%1» no es un importe en euros.</translation>
    </message>
</context>
<context>
    <name>ordo::PermissionsPage</name>
    <message>
        <source>What each access role may do. Reception and administration staff work as %1; a change applies from each person&apos;s next sign-in.</source>
        <translation>Lo que puede hacer cada rol de acceso. El personal de recepción y de administración trabaja como %1; un cambio se aplica a cada persona desde su próximo inicio de sesión.</translation>
    </message>
    <message>
        <source>Permission</source>
        <translation>Permiso</translation>
    </message>
    <message>
        <source>Undo changes</source>
        <translation>Deshacer cambios</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Permisos</translation>
    </message>
    <message>
        <source>Changes not saved yet.</source>
        <translation>Cambios aún sin guardar.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Your ticks are still there: correct them and save again.</source>
        <translation>Sus marcas siguen ahí: corríjalas y vuelva a guardar.</translation>
    </message>
    <message>
        <source>Saved. Each person gets the new permissions when they next sign in.</source>
        <translation>Guardado. Cada persona tendrá los permisos nuevos la próxima vez que inicie sesión.</translation>
    </message>
</context>
<context>
    <name>ordo::PhoneDevices</name>
    <message>
        <source>%1 no longer works here.</source>
        <translation>%1 ya no trabaja aquí.</translation>
    </message>
    <message>
        <source>%1 has no PIN yet: set one first (Settings › Accounts and permissions), the phone asks for it.</source>
        <translation>%1 aún no tiene PIN: póngale uno antes (Configuración › Cuentas y permisos), el móvil lo pide.</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Móvil</translation>
    </message>
    <message>
        <source>This pairing code is not valid (it works once, for 15 minutes). Ask the office for a new one.</source>
        <translation>Este código de emparejamiento no es válido (sirve una vez, durante 15 minutos). Pida uno nuevo a la oficina.</translation>
    </message>
    <message>
        <source>pairing code</source>
        <translation>código de emparejamiento</translation>
    </message>
    <message>
        <source>This phone is not paired (or no longer): ask the office for a pairing code.</source>
        <translation>Este móvil no está emparejado (o ya no): pida a la oficina un código de emparejamiento.</translation>
    </message>
    <message>
        <source>This phone was removed by the office: ask for a new pairing code.</source>
        <translation>La oficina quitó este móvil: pida un nuevo código de emparejamiento.</translation>
    </message>
    <message>
        <source>%1 has no PIN yet: ask the office to set one.</source>
        <translation>%1 aún no tiene PIN: pida a la oficina que le ponga uno.</translation>
    </message>
    <message>
        <source>Sign in again with your PIN.</source>
        <translation>Vuelva a entrar con su PIN.</translation>
    </message>
    <message>
        <source>There is no such phone, or it was removed already.</source>
        <translation>No existe ese móvil, o ya se quitó.</translation>
    </message>
</context>
<context>
    <name>ordo::PhonePairingDialog</name>
    <message>
        <source>Pair a phone for %1</source>
        <translation>Emparejar un móvil para %1</translation>
    </message>
    <message>
        <source>Scan this code with the phone&apos;s camera, or open %1 on the phone and type the code.</source>
        <translation>Escanee este código con la cámara del móvil, o abra %1 en el móvil y escriba el código.</translation>
    </message>
    <message>
        <source>Valid until %1, once only.</source>
        <translation>Válido hasta las %1, una sola vez.</translation>
    </message>
</context>
<context>
    <name>ordo::PhoneSettingsDialog</name>
    <message>
        <source>Technicians&apos; phones</source>
        <translation>Móviles de los técnicos</translation>
    </message>
    <message>
        <source>When a technician marks a job finished on the phone</source>
        <translation>Cuando un técnico marca un trabajo como terminado en el móvil</translation>
    </message>
    <message>
        <source>Prepare the invoice as a draft for the office to check</source>
        <translation>Preparar la factura como borrador para que la revise la oficina</translation>
    </message>
    <message>
        <source>The order moves to “Work completed” with a draft made from its lines; the office issues it.</source>
        <translation>La orden pasa a «Trabajo completado» con un borrador hecho con sus líneas; la oficina la emite.</translation>
    </message>
    <message>
        <source>Issue the invoice at once</source>
        <translation>Emitir la factura al momento</translation>
    </message>
    <message>
        <source>The invoice is numbered and registered (VERI*FACTU) as soon as the job is finished; the order moves to “Invoiced”.</source>
        <translation>La factura se numera y se registra (VERI*FACTU) en cuanto se termina el trabajo; la orden pasa a «Facturado».</translation>
    </message>
    <message>
        <source>Issue the invoice and e-mail it to the customer</source>
        <translation>Emitir la factura y enviarla por correo al cliente</translation>
    </message>
    <message>
        <source>As above, and the company server (ordo-server) e-mails it with the PDF through the mail server in Settings › Company and e-mail. A customer without an e-mail address gets it from the office.</source>
        <translation>Como la anterior, y el servidor de la empresa (ordo-server) la envía con el PDF por el servidor de correo de Configuración › Empresa y correo. A un cliente sin correo electrónico se la envía la oficina.</translation>
    </message>
    <message>
        <source>If the invoice cannot be issued (a customer without a tax ID, the company&apos;s data incomplete), the job is finished all the same, the draft waits at the office and the order&apos;s history says why.</source>
        <translation>Si la factura no se puede emitir (un cliente sin NIF, los datos de la empresa incompletos), el trabajo queda terminado igualmente, el borrador espera en la oficina y el historial de la orden explica por qué.</translation>
    </message>
    <message>
        <source>The technicians&apos; phones setting has a change that is not saved.</source>
        <translation>El ajuste de los móviles de los técnicos tiene un cambio sin guardar.</translation>
    </message>
</context>
<context>
    <name>ordo::Printing</name>
    <message>
        <source>the printing plugin lacks %1</source>
        <translation>al complemento de impresión le falta %1</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimir</translation>
    </message>
    <message>
        <source>Ordo cannot print here: %1. Reinstall Ordo; meanwhile save the document as a PDF and print that.</source>
        <translation>Ordo no puede imprimir aquí: %1. Vuelva a instalar Ordo; mientras tanto, guarde el documento como PDF e imprímalo.</translation>
    </message>
</context>
<context>
    <name>ordo::ProcessDiagram</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hora</numerusform>
            <numerusform>%n horas</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — version %2</source>
        <translation>%1 — versión %2</translation>
    </message>
    <message>
        <source>target %1</source>
        <translation>plazo %1</translation>
    </message>
    <message numerus="yes">
        <source>from %n step(s)</source>
        <translation>
            <numerusform>desde %n paso</numerusform>
            <numerusform>desde %n pasos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ordo::ProcessEvaluationPage</name>
    <message>
        <source>&amp;Map version:</source>
        <translation>Versión del &amp;mapa:</translation>
    </message>
    <message>
        <source>&amp;Compare with:</source>
        <translation>&amp;Comparar con:</translation>
    </message>
    <message>
        <source>Orders of the last 12 months</source>
        <translation>Órdenes de los últimos 12 meses</translation>
    </message>
    <message>
        <source>Orders of the last 3 months</source>
        <translation>Órdenes de los últimos 3 meses</translation>
    </message>
    <message>
        <source>Every order</source>
        <translation>Todas las órdenes</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Pasaron</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Mediana</translation>
    </message>
    <message>
        <source>90th percentile</source>
        <translation>Percentil 90</translation>
    </message>
    <message>
        <source>Wait before action</source>
        <translation>Espera hasta actuar</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Se lo saltan</translation>
    </message>
    <message>
        <source>Came back</source>
        <translation>Volvieron</translation>
    </message>
    <message>
        <source>Waited longest here</source>
        <translation>Su espera más larga</translation>
    </message>
    <message>
        <source>Findings (double-click one to see the step in the process map):</source>
        <translation>Conclusiones (doble clic en una para ver el paso en el mapa del proceso):</translation>
    </message>
    <message>
        <source>Process evaluation</source>
        <translation>Evaluación del proceso</translation>
    </message>
    <message>
        <source>— nothing —</source>
        <translation>— nada —</translation>
    </message>
    <message numerus="yes">
        <source>%1, version %2 (%3, %n order(s))</source>
        <translation>
            <numerusform>%1, versión %2 (%3, %n orden)</numerusform>
            <numerusform>%1, versión %2 (%3, %n órdenes)</numerusform>
        </translation>
    </message>
    <message>
        <source>Evaluating the orders… a long history takes a few seconds.</source>
        <translation>Evaluando las órdenes… un historial largo tarda unos segundos.</translation>
    </message>
    <message>
        <source>Version %1: %2 orders, %3 finished, %4 cancelled; median %5 from the call to done.</source>
        <translation>Versión %1: %2 órdenes, %3 terminadas, %4 canceladas; mediana de %5 de la llamada al final.</translation>
    </message>
    <message>
        <source>not in this version</source>
        <translation>no está en esta versión</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Version %1: %2</source>
        <translation>Versión %1: %2</translation>
    </message>
    <message>
        <source>Double-click to see “%1” in the process map</source>
        <translation>Doble clic para ver «%1» en el mapa del proceso</translation>
    </message>
    <message>
        <source>Too few finished orders on this version to draw conclusions yet.</source>
        <translation>Todavía hay pocas órdenes terminadas en esta versión para sacar conclusiones.</translation>
    </message>
    <message>
        <source>No findings: every step is within its target and used by most orders.</source>
        <translation>Sin conclusiones: todos los pasos están dentro de su plazo y los usan casi todas las órdenes.</translation>
    </message>
</context>
<context>
    <name>ordo::ProcessEvaluator</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 días</translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hora</numerusform>
            <numerusform>%n horas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minuto</numerusform>
            <numerusform>%n minutos</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: median %2, target %3; %4 % of orders wait here longest.</source>
        <translation>%1: mediana %2, plazo %3; el %4 % de las órdenes espera aquí más que en ningún otro paso.</translation>
    </message>
    <message>
        <source>%1: median %2, target %3.</source>
        <translation>%1: mediana %2, plazo %3.</translation>
    </message>
    <message>
        <source>%1: %2 % of orders wait here longest (median %3).</source>
        <translation>%1: el %2 % de las órdenes espera aquí más que en ningún otro paso (mediana %3).</translation>
    </message>
    <message>
        <source>%1: orders wait a median %2 before anyone acts (target for the whole step %3).</source>
        <translation>%1: las órdenes esperan una mediana de %2 antes de que nadie actúe (plazo de todo el paso %3).</translation>
    </message>
    <message numerus="yes">
        <source>%1 was not used by any of the %n finished order(s): it could be removed.</source>
        <translation>
            <numerusform>Ninguna de las %n orden terminada pasó por %1: se podría quitar.</numerusform>
            <numerusform>Ninguna de las %n órdenes terminadas pasó por %1: se podría quitar.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is skipped by %2 % of orders.</source>
        <translation>El %2 % de las órdenes se salta %1.</translation>
    </message>
    <message>
        <source>%1 is skipped by %2 % of %3 orders.</source>
        <translation>El %2 % de las órdenes de %3 se salta %1.</translation>
    </message>
    <message>
        <source>%1: %2 % of orders came back to this step after leaving it.</source>
        <translation>%1: el %2 % de las órdenes volvió a este paso después de dejarlo.</translation>
    </message>
</context>
<context>
    <name>ordo::ProcessView</name>
    <message>
        <source>%1 d</source>
        <translation>%1 d</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>Where do its orders go?</source>
        <translation>¿Adónde van sus órdenes?</translation>
    </message>
    <message numerus="yes">
        <source>%n open order(s) are in “%1”, which you removed. Move them to:</source>
        <translation>
            <numerusform>Hay %n orden abierta en «%1», que ha eliminado. Pasarla a:</numerusform>
            <numerusform>Hay %n órdenes abiertas en «%1», que ha eliminado. Pasarlas a:</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Steps&lt;/b&gt; — in order; the first is where new orders start</source>
        <translation>&lt;b&gt;Pasos&lt;/b&gt; — en orden; las órdenes nuevas empiezan en el primero</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Plazo</translation>
    </message>
    <message>
        <source>When an order enters</source>
        <translation>Al entrar una orden</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Límite</translation>
    </message>
    <message>
        <source>Add step</source>
        <translation>Añadir paso</translation>
    </message>
    <message>
        <source>Remove step</source>
        <translation>Quitar paso</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Descartar cambios</translation>
    </message>
    <message>
        <source>Save as new version</source>
        <translation>Guardar como versión nueva</translation>
    </message>
    <message>
        <source>&lt;b&gt;Allowed moves&lt;/b&gt; — row: from, column: to</source>
        <translation>&lt;b&gt;Movimientos permitidos&lt;/b&gt; — fila: desde, columna: hacia</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>Proceso</translation>
    </message>
    <message>
        <source>Role: %1</source>
        <translation>Rol: %1</translation>
    </message>
    <message>
        <source>How long an order should stay here, e.g. “3 d” or “4 h”; empty for no target.</source>
        <translation>Cuánto debería estar aquí una orden, p. ej. «3 d» o «4 h»; vacío para no fijar plazo.</translation>
    </message>
    <message>
        <source>Most orders this step should hold at once; empty for no limit.</source>
        <translation>Máximo de órdenes que este paso debería tener a la vez; vacío para no limitar.</translation>
    </message>
    <message>
        <source>From “%1” to “%2”</source>
        <translation>De «%1» a «%2»</translation>
    </message>
    <message>
        <source>Step %1: “%2” is not a duration; write it like “3 d” or “4 h”.</source>
        <translation>Paso %1: «%2» no es una duración; escríbala como «3 d» o «4 h».</translation>
    </message>
    <message>
        <source>Step %1: the limit must be a whole number above zero.</source>
        <translation>Paso %1: el límite debe ser un número entero mayor que cero.</translation>
    </message>
    <message>
        <source>Step %1 needs a name.</source>
        <translation>El paso %1 necesita un nombre.</translation>
    </message>
    <message>
        <source>New step %1</source>
        <translation>Paso nuevo %1</translation>
    </message>
    <message>
        <source>Process map saved</source>
        <translation>Mapa del proceso guardado</translation>
    </message>
    <message>
        <source>Version %1 of the process map is now in use.</source>
        <translation>Ya está en uso la versión %1 del mapa del proceso.</translation>
    </message>
</context>
<context>
    <name>ordo::Quote</name>
    <message>
        <source>Issued</source>
        <translation>Emitido</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Aceptado</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Rechazado</translation>
    </message>
</context>
<context>
    <name>ordo::QuoteDialog</name>
    <message>
        <source>Quotes — %1</source>
        <translation>Presupuestos — %1</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Presupuestos</translation>
    </message>
    <message>
        <source>Quotes issued</source>
        <translation>Presupuestos emitidos</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Presupuesto</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Emitido</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Válido hasta</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>No quote has been issued for this order yet.</source>
        <translation>Todavía no se ha emitido ningún presupuesto para esta orden.</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>Guardar PDF…</translation>
    </message>
    <message>
        <source>E-mail…</source>
        <translation>Enviar por correo…</translation>
    </message>
    <message>
        <source>Record acceptance…</source>
        <translation>Registrar aceptación…</translation>
    </message>
    <message>
        <source>Record refusal…</source>
        <translation>Registrar rechazo…</translation>
    </message>
    <message>
        <source>New quote from the order&apos;s lines</source>
        <translation>Nuevo presupuesto con las líneas de la orden</translation>
    </message>
    <message>
        <source>Valid until:</source>
        <translation>Válido hasta:</translation>
    </message>
    <message>
        <source>Conditions:</source>
        <translation>Condiciones:</translation>
    </message>
    <message>
        <source>Preview…</source>
        <translation>Vista previa…</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>Emitir</translation>
    </message>
    <message>
        <source>Issue and e-mail…</source>
        <translation>Emitir y enviar por correo…</translation>
    </message>
    <message>
        <source>Use for new quotes</source>
        <translation>Usar en los nuevos</translation>
    </message>
    <message>
        <source>New quotes get this validity (counted in days from their date) and these conditions.</source>
        <translation>Los nuevos presupuestos tendrán esta validez (en días desde su fecha) y estas condiciones.</translation>
    </message>
    <message>
        <source>The quote is made from the order&apos;s saved lines. A preview records nothing; issuing keeps the quote as it is, with the next number.</source>
        <translation>El presupuesto se hace con las líneas guardadas de la orden. La vista previa no registra nada; al emitirlo se guarda tal cual, con el número siguiente.</translation>
    </message>
    <message>
        <source>Save quote</source>
        <translation>Guardar presupuesto</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Quote %1 issued.</source>
        <translation>Presupuesto %1 emitido.</translation>
    </message>
    <message numerus="yes">
        <source>New quotes are valid for %n day(s) and carry these conditions.</source>
        <translation>
            <numerusform>Los nuevos presupuestos son válidos durante %n día y llevan estas condiciones.</numerusform>
            <numerusform>Los nuevos presupuestos son válidos durante %n días y llevan estas condiciones.</numerusform>
        </translation>
    </message>
    <message>
        <source>Accepted by %1 on %2 (recorded by %3)</source>
        <translation>Aceptado por %1 el %2 (registrado por %3)</translation>
    </message>
    <message>
        <source>Refused by %1 on %2 (recorded by %3)</source>
        <translation>Rechazado por %1 el %2 (registrado por %3)</translation>
    </message>
    <message>
        <source>Sent to %1 on %2</source>
        <translation>Enviado a %1 el %2</translation>
    </message>
    <message>
        <source>Issued by %1</source>
        <translation>Emitido por %1</translation>
    </message>
    <message>
        <source> — expired</source>
        <translation> — caducado</translation>
    </message>
    <message>
        <source>Quote preview</source>
        <translation>Vista previa del presupuesto</translation>
    </message>
    <message>
        <source>Quote not issued</source>
        <translation>Presupuesto no emitido</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
    <message>
        <source>Quote not sent</source>
        <translation>Presupuesto no enviado</translation>
    </message>
    <message>
        <source>E-mail the quote</source>
        <translation>Enviar el presupuesto por correo</translation>
    </message>
    <message>
        <source>Send the quote to:</source>
        <translation>Enviar el presupuesto a:</translation>
    </message>
    <message>
        <source>Type the e-mail address to send the quote to.</source>
        <translation>Escriba la dirección de correo a la que enviar el presupuesto.</translation>
    </message>
    <message>
        <source>Quote %1 is in the outbox for %2; it goes with the next mail delivery.</source>
        <translation>El presupuesto %1 está en la bandeja de salida para %2; saldrá con el próximo envío de correo.</translation>
    </message>
    <message>
        <source>Quote expired</source>
        <translation>Presupuesto caducado</translation>
    </message>
    <message>
        <source>Quote %1 was valid until %2. Record the acceptance anyway, at the quoted prices?</source>
        <translation>El presupuesto %1 era válido hasta el %2. ¿Registrar la aceptación de todos modos, a los precios presupuestados?</translation>
    </message>
    <message>
        <source>Acceptance not recorded</source>
        <translation>Aceptación no registrada</translation>
    </message>
    <message>
        <source>Refusal not recorded</source>
        <translation>Rechazo no registrado</translation>
    </message>
    <message>
        <source>Record acceptance of %1</source>
        <translation>Registrar la aceptación de %1</translation>
    </message>
    <message>
        <source>Record refusal of %1</source>
        <translation>Registrar el rechazo de %1</translation>
    </message>
    <message>
        <source>Accepted on:</source>
        <translation>Aceptado el:</translation>
    </message>
    <message>
        <source>Refused on:</source>
        <translation>Rechazado el:</translation>
    </message>
    <message>
        <source>Accepted by:</source>
        <translation>Aceptado por:</translation>
    </message>
    <message>
        <source>Refused by:</source>
        <translation>Rechazado por:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Nota:</translation>
    </message>
</context>
<context>
    <name>ordo::QuoteMail</name>
    <message>
        <source>Quote %1 — %2</source>
        <translation>Presupuesto %1 — %2</translation>
    </message>
    <message>
        <source>Dear customer,

Please find attached our quote %1 for %2, valid until %3. To accept it, sign it and send it back to us, or simply answer this e-mail.

Kind regards,
%4</source>
        <translation>Estimado cliente:

Le adjuntamos nuestro presupuesto %1 por %2, válido hasta el %3. Para aceptarlo, fírmelo y devuélvanoslo, o simplemente responda a este correo.

Un saludo,
%4</translation>
    </message>
    <message>
        <source>Quote %1.pdf</source>
        <extracomment>The attached PDF&apos;s file name: &quot;Presupuesto OT-2026-00012-P1.pdf&quot;.</extracomment>
        <translation>Presupuesto %1.pdf</translation>
    </message>
</context>
<context>
    <name>ordo::QuoteRenderer</name>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Qty.</source>
        <translation>Cant.</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Precio unitario</translation>
    </message>
    <message>
        <source>Disc.</source>
        <translation>Dto.</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>IVA</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>QUOTE (PREVIEW)</source>
        <translation>PRESUPUESTO (VISTA PREVIA)</translation>
    </message>
    <message>
        <source>QUOTE</source>
        <translation>PRESUPUESTO</translation>
    </message>
    <message>
        <source>Tax ID %1</source>
        <translation>NIF %1</translation>
    </message>
    <message>
        <source>Quote %1</source>
        <translation>Presupuesto %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>%1 %2 (continued)</source>
        <translation>%1 %2 (continuación)</translation>
    </message>
    <message>
        <source>Tax ID: %1</source>
        <translation>NIF: %1</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>Tel.: %1</translation>
    </message>
    <message>
        <source>Number: %1</source>
        <translation>Número: %1</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>Fecha: %1</translation>
    </message>
    <message>
        <source>Valid until: %1</source>
        <translation>Válido hasta: %1</translation>
    </message>
    <message>
        <source>Work order: %1</source>
        <translation>Orden de trabajo: %1</translation>
    </message>
    <message>
        <source>Work site: %1</source>
        <translation>Lugar de la obra: %1</translation>
    </message>
    <message>
        <source>CUSTOMER</source>
        <translation>CLIENTE</translation>
    </message>
    <message>
        <source>TOTAL</source>
        <translation>TOTAL</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Condiciones</translation>
    </message>
    <message>
        <source>I accept the quote %1 (valid until %2)</source>
        <translation>Acepto el presupuesto %1 (válido hasta el %2)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Name and ID</source>
        <translation>Nombre y DNI</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Firma</translation>
    </message>
</context>
<context>
    <name>ordo::Quotes</name>
    <message>
        <source>Prices include installation and removal of the old material. Payment: 50 % on acceptance, the rest on completion.</source>
        <translation>Los precios incluyen la instalación y la retirada del material antiguo. Forma de pago: 50 % a la aceptación, el resto a la finalización.</translation>
    </message>
    <message>
        <source>A quote is valid for 1 to 3650 days.</source>
        <translation>Un presupuesto es válido de 1 a 3650 días.</translation>
    </message>
    <message>
        <source>Order %1 has no lines to quote. Add what the job includes and its prices first.</source>
        <translation>La orden %1 no tiene líneas que presupuestar. Añada primero lo que incluye el trabajo y sus precios.</translation>
    </message>
    <message>
        <source>The quote would be valid until %1, which has passed. Choose a later date.</source>
        <translation>El presupuesto sería válido hasta el %1, que ya ha pasado. Elija una fecha posterior.</translation>
    </message>
    <message>
        <source>That quote no longer exists.</source>
        <translation>Ese presupuesto ya no existe.</translation>
    </message>
    <message>
        <source>There is no quote %1.</source>
        <translation>No existe el presupuesto %1.</translation>
    </message>
    <message>
        <source>The quote&apos;s PDF could not be made, so nothing was sent.</source>
        <translation>No se pudo generar el PDF del presupuesto; no se ha enviado nada.</translation>
    </message>
    <message>
        <source>%1 has no e-mail address. Type the address to send the quote to.</source>
        <translation>%1 no tiene dirección de correo. Escriba la dirección a la que enviar el presupuesto.</translation>
    </message>
    <message>
        <source>Say who accepted the quote.</source>
        <translation>Indique quién aceptó el presupuesto.</translation>
    </message>
    <message>
        <source>Say who refused the quote.</source>
        <translation>Indique quién rechazó el presupuesto.</translation>
    </message>
    <message>
        <source>The customer&apos;s answer cannot be dated after today.</source>
        <translation>La respuesta del cliente no puede tener fecha posterior a hoy.</translation>
    </message>
    <message>
        <source>Quote %1 was already accepted by %2 on %3 (recorded by %4).</source>
        <translation>El presupuesto %1 ya lo aceptó %2 el %3 (registrado por %4).</translation>
    </message>
    <message>
        <source>Quote %1 was already refused by %2 on %3 (recorded by %4).</source>
        <translation>El presupuesto %1 ya lo rechazó %2 el %3 (registrado por %4).</translation>
    </message>
    <message>
        <source>Quote %1 was valid until %2. Record the acceptance anyway, or issue a new quote with today&apos;s prices.</source>
        <translation>El presupuesto %1 era válido hasta el %2. Registre la aceptación de todos modos o emita un presupuesto nuevo con los precios de hoy.</translation>
    </message>
</context>
<context>
    <name>ordo::Reassignment</name>
    <message>
        <source>Choose someone else to take over the work.</source>
        <translation>Elija a otra persona para que se haga cargo del trabajo.</translation>
    </message>
    <message>
        <source>%1 no longer works here; choose someone active.</source>
        <translation>%1 ya no trabaja aquí; elija a alguien en activo.</translation>
    </message>
    <message>
        <source>%1 left the company</source>
        <translation>%1 dejó la empresa</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>ordo::RegisterLinesDialog</name>
    <message>
        <source>&amp;Register as installed</source>
        <translation>&amp;Registrar como instalado</translation>
    </message>
    <message>
        <source>Register an order&apos;s lines as installed</source>
        <translation>Registrar como instaladas las líneas de una orden</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Size / specification</source>
        <translation>Medida / especificación</translation>
    </message>
    <message>
        <source>A line of 3 windows becomes 3 assets. Services (labour, travel) are left unticked; type and model can be corrected here before registering.</source>
        <translation>Una línea de 3 ventanas son 3 activos. Los servicios (mano de obra, desplazamiento) quedan sin marcar; el tipo y el modelo se pueden corregir aquí antes de registrar.</translation>
    </message>
    <message>
        <source>&amp;Order:</source>
        <translation>&amp;Orden:</translation>
    </message>
    <message>
        <source>This customer has no orders yet: add the asset by hand instead.</source>
        <translation>Este cliente aún no tiene órdenes: añada el activo a mano.</translation>
    </message>
    <message>
        <source>Registered already: its assets are in the list.</source>
        <translation>Ya registrada: sus activos están en la lista.</translation>
    </message>
</context>
<context>
    <name>ordo::ReportsView</name>
    <message>
        <source>&amp;Weekly report</source>
        <translation>Informe &amp;semanal</translation>
    </message>
    <message>
        <source>&amp;Reviews</source>
        <translation>&amp;Revisiones</translation>
    </message>
    <message>
        <source>&amp;Process evaluation</source>
        <translation>Evaluación del &amp;proceso</translation>
    </message>
    <message>
        <source>What the &amp;history teaches</source>
        <translation>Lo que enseña el &amp;historial</translation>
    </message>
</context>
<context>
    <name>ordo::RestorePreviewDialog</name>
    <message>
        <source>unknown</source>
        <translation>desconocida</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Copia de seguridad</translation>
    </message>
    <message>
        <source>The backup was saved to %1 and verified: it reads back whole and is an Ordo database.</source>
        <translation>La copia de seguridad se ha guardado en %1 y se ha verificado: se lee entera y es una base de datos de Ordo.</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restaurar una copia de seguridad</translation>
    </message>
    <message>
        <source>Ordo backups (*.sqlite)</source>
        <translation>Copias de seguridad de Ordo (*.sqlite)</translation>
    </message>
    <message>
        <source>The database you used last, %1, is missing.</source>
        <translation>Falta la base de datos que usó la última vez, %1.</translation>
    </message>
    <message>
        <source>The database %1 is damaged and cannot be opened.</source>
        <translation>La base de datos %1 está dañada y no se puede abrir.</translation>
    </message>
    <message numerus="yes">
        <source>The newest backup was taken %1 and holds %n order(s), with last invoice %2.</source>
        <translation>
            <numerusform>La copia más reciente se hizo el %1 y contiene %n orden, con última factura %2.</numerusform>
            <numerusform>La copia más reciente se hizo el %1 y contiene %n órdenes, con última factura %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>Restoring it first renames the damaged file aside; it is never overwritten.</source>
        <translation>Al restaurarla, antes se aparta el archivo dañado con otro nombre; nunca se sobrescribe.</translation>
    </message>
    <message>
        <source>Restore the newest backup</source>
        <translation>Restaurar la copia más reciente</translation>
    </message>
    <message>
        <source>No backup of it was found in %1.</source>
        <translation>No se ha encontrado ninguna copia de seguridad suya en %1.</translation>
    </message>
    <message>
        <source>Open another database…</source>
        <translation>Abrir otra base de datos…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Ordo</source>
        <translation>Ordo</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Abrir base de datos</translation>
    </message>
    <message>
        <source>Ordo databases (*.sqlite);;All files (*)</source>
        <translation>Bases de datos de Ordo (*.sqlite);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>&lt;b&gt;This backup holds:&lt;/b&gt;</source>
        <translation>&lt;b&gt;Esta copia de seguridad contiene:&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Orders:</source>
        <translation>Órdenes:</translation>
    </message>
    <message>
        <source>Customers:</source>
        <translation>Clientes:</translation>
    </message>
    <message>
        <source>Invoices:</source>
        <translation>Facturas:</translation>
    </message>
    <message>
        <source>Last invoice issued:</source>
        <translation>Última factura emitida:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Tipo:</translation>
    </message>
    <message>
        <source>taken before an upgrade of Ordo</source>
        <translation>hecha antes de una actualización de Ordo</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Archivo:</translation>
    </message>
    <message>
        <source>The current database, %1, is first kept aside as a copy named “%2.before-restore-…”; then its content is replaced by this backup. Orders and invoices recorded after the backup was taken will only be in the copy kept aside.</source>
        <translation>Primero se guarda aparte la base de datos actual, %1, como una copia llamada «%2.before-restore-…»; después su contenido se reemplaza por esta copia de seguridad. Las órdenes y facturas registradas después de hacerse la copia solo estarán en la copia guardada aparte.</translation>
    </message>
    <message>
        <source>Restore this backup</source>
        <translation>Restaurar esta copia</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, a las %2</translation>
    </message>
    <message>
        <source>Taken on:</source>
        <translation>Fecha de la copia:</translation>
    </message>
</context>
<context>
    <name>ordo::ReviewDialog</name>
    <message>
        <source>&amp;Sign off</source>
        <translation>&amp;Firmar</translation>
    </message>
    <message>
        <source>%1 — %2 to %3</source>
        <translation>%1 — del %2 al %3</translation>
    </message>
    <message>
        <source>Handled</source>
        <translation>Resuelto</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Comprobación</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>What was found</source>
        <translation>Qué se encontró</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comentario</translation>
    </message>
    <message>
        <source>Notes for the record:</source>
        <translation>Notas para el registro:</translation>
    </message>
    <message>
        <source>Explain why this item can stay as it is</source>
        <translation>Explique por qué este punto puede quedarse así</translation>
    </message>
    <message>
        <source>Signed off by %1 on %2.</source>
        <translation>Firmada por %1 el %2.</translation>
    </message>
    <message>
        <source>Nothing was found: the review can be signed off.</source>
        <translation>No se encontró nada: la revisión se puede firmar.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) still to handle or explain.</source>
        <translation>
            <numerusform>Queda %n punto por resolver o explicar.</numerusform>
            <numerusform>Quedan %n puntos por resolver o explicar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <source>Review not signed off</source>
        <translation>Revisión sin firmar</translation>
    </message>
    <message>
        <source>&amp;Mark selected as handled</source>
        <translation>&amp;Marcar seleccionados como resueltos</translation>
    </message>
    <message>
        <source>&amp;Open the order</source>
        <translation>&amp;Abrir la orden</translation>
    </message>
    <message>
        <source>Mark each item as handled, or explain in its comment why it can stay as it is. Changes are saved as you make them. Double-click an item to open its order.</source>
        <translation>Marque cada punto como resuelto, o explique en su comentario por qué puede quedarse así. Los cambios se guardan al hacerlos. Con doble clic en un punto se abre su orden.</translation>
    </message>
    <message>
        <source>Comment for the selected items (what was done)</source>
        <translation>Comentario para los puntos seleccionados (qué se hizo)</translation>
    </message>
    <message>
        <source>By %1 on %2</source>
        <translation>Por %1 el %2</translation>
    </message>
    <message>
        <source>Select the items to mark as handled first (Ctrl or Shift + click for several).</source>
        <translation>Seleccione primero los puntos que marcar como resueltos (Ctrl o Mayús + clic para varios).</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) marked as handled.</source>
        <translation>
            <numerusform>%n punto marcado como resuelto.</numerusform>
            <numerusform>%n puntos marcados como resueltos.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is about no order.</source>
        <translation>«%1» no corresponde a ninguna orden.</translation>
    </message>
</context>
<context>
    <name>ordo::ReviewPlanDialog</name>
    <message>
        <source>New review plan</source>
        <translation>Nuevo plan de revisión</translation>
    </message>
    <message>
        <source>e.g. Friday check of open orders</source>
        <translation>p. ej., repaso del viernes de órdenes abiertas</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Every:</source>
        <translation>&amp;Cada:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Done &amp;by:</source>
        <translation>La &amp;hace:</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>&amp;Inactive after:</source>
        <translation>&amp;Inactiva tras:</translation>
    </message>
    <message>
        <source>What it checks</source>
        <translation>Qué comprueba</translation>
    </message>
    <message>
        <source>Choose who does the review.</source>
        <translation>Elija quién hace la revisión.</translation>
    </message>
</context>
<context>
    <name>ordo::ReviewService</name>
    <message>
        <source>Daily review</source>
        <translation>Revisión diaria</translation>
    </message>
    <message>
        <source>Weekly review</source>
        <translation>Revisión semanal</translation>
    </message>
    <message>
        <source>Monthly review</source>
        <translation>Revisión mensual</translation>
    </message>
    <message>
        <source>Quarterly review</source>
        <translation>Revisión trimestral</translation>
    </message>
    <message>
        <source>A review plan needs a name.</source>
        <translation>Un plan de revisión necesita un nombre.</translation>
    </message>
    <message>
        <source>Choose at least one thing for the review to check.</source>
        <translation>Elija al menos una cosa que comprobar en la revisión.</translation>
    </message>
    <message>
        <source>The person to do the review does not exist.</source>
        <translation>La persona que debe hacer la revisión no existe.</translation>
    </message>
    <message>
        <source>That review does not exist.</source>
        <translation>Esa revisión no existe.</translation>
    </message>
    <message>
        <source>That review plan does not exist.</source>
        <translation>Ese plan de revisión no existe.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2): no activity for %n day(s)</source>
        <translation>
            <numerusform>%1 (%2): sin actividad desde hace %n día</numerusform>
            <numerusform>%1 (%2): sin actividad desde hace %n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: in “%2” for %n day(s), past its target</source>
        <translation>
            <numerusform>%1: %n día en «%2», más que su plazo</numerusform>
            <numerusform>%1: %n días en «%2», más que su plazo</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: visit of %2 on %3 has no outcome</source>
        <translation>%1: la visita de %2 del %3 no tiene resultado</translation>
    </message>
    <message>
        <source>%1 in “%2” is assigned to nobody</source>
        <translation>%1 en «%2» no está asignada a nadie</translation>
    </message>
    <message>
        <source>Invoice %1 (%2): %3 unpaid past its due date</source>
        <translation>Factura %1 (%2): %3 sin cobrar pasado su vencimiento</translation>
    </message>
    <message>
        <source>%1 of %2 was never signed off</source>
        <translation>%1 del %2 nunca se cerró</translation>
    </message>
    <message>
        <source>That item belongs to a review already signed off, or no longer exists.</source>
        <translation>Ese punto pertenece a una revisión ya cerrada o ya no existe.</translation>
    </message>
    <message>
        <source>This review was already signed off by %1.</source>
        <translation>%1 ya cerró esta revisión.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) still need to be handled or explained before signing off.</source>
        <translation>
            <numerusform>Falta %n punto por resolver o explicar antes de cerrar.</numerusform>
            <numerusform>Faltan %n puntos por resolver o explicar antes de cerrar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Someone else signed this review off meanwhile.</source>
        <translation>Otra persona cerró esta revisión mientras tanto.</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Diaria</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Semanal</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Mensual</translation>
    </message>
    <message>
        <source>Quarterly</source>
        <translation>Trimestral</translation>
    </message>
    <message>
        <source>Orders with no activity</source>
        <translation>Órdenes sin actividad</translation>
    </message>
    <message>
        <source>Orders past their step&apos;s target</source>
        <translation>Órdenes fuera del plazo de su paso</translation>
    </message>
    <message>
        <source>Past visits with no outcome</source>
        <translation>Visitas pasadas sin resultado</translation>
    </message>
    <message>
        <source>Orders assigned to nobody</source>
        <translation>Órdenes sin asignar</translation>
    </message>
    <message>
        <source>Invoices unpaid past due</source>
        <translation>Facturas vencidas sin pagar</translation>
    </message>
    <message>
        <source>Reviews missed</source>
        <translation>Revisiones sin hacer</translation>
    </message>
    <message numerus="yes">
        <source> (%n earlier one(s) missed)</source>
        <translation>
            <numerusform> (%n anterior sin hacer)</numerusform>
            <numerusform> (%n anteriores sin hacer)</numerusform>
        </translation>
    </message>
    <message>
        <source>dddd d MMM</source>
        <comment>a review&apos;s due day</comment>
        <translation>dddd d MMM</translation>
    </message>
    <message>
        <source>%1 pending since %2 — %3</source>
        <translation>%1 pendiente desde el %2 — %3</translation>
    </message>
    <message>
        <source>%1 due today — %2</source>
        <translation>%1 para hoy — %2</translation>
    </message>
    <message>
        <source>%1 due by %2 — %3</source>
        <translation>%1 para el %2 — %3</translation>
    </message>
    <message>
        <source>Choose the items to mark as handled.</source>
        <translation>Elija los puntos que marcar como resueltos.</translation>
    </message>
    <message>
        <source>An item belongs to a review already signed off, or no longer exists: nothing was marked.</source>
        <translation>Un punto pertenece a una revisión ya cerrada o ya no existe: no se marcó nada.</translation>
    </message>
</context>
<context>
    <name>ordo::ReviewsPage</name>
    <message>
        <source>Due now</source>
        <translation>Pendientes ahora</translation>
    </message>
    <message>
        <source>&amp;Open the review…</source>
        <translation>&amp;Abrir la revisión…</translation>
    </message>
    <message>
        <source>Review plans</source>
        <translation>Planes de revisión</translation>
    </message>
    <message>
        <source>&amp;New plan…</source>
        <translation>&amp;Nuevo plan…</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Every</source>
        <translation>Cada</translation>
    </message>
    <message>
        <source>Done by</source>
        <translation>La hace</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Comprueba</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>Signed off by</source>
        <translation>Firmada por</translation>
    </message>
    <message>
        <source>On</source>
        <translation>El</translation>
    </message>
    <message>
        <source>Items handled</source>
        <translation>Puntos resueltos</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Revisiones</translation>
    </message>
    <message>
        <source>No review is due.</source>
        <translation>No hay ninguna revisión pendiente.</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Not signed off</source>
        <translation>Sin firmar</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>nothing found</source>
        <translation>nada que revisar</translation>
    </message>
</context>
<context>
    <name>ordo::RouteSheet</name>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Customer and address</source>
        <translation>Cliente y dirección</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Trabajo</translation>
    </message>
    <message>
        <source>Notes and signature</source>
        <translation>Notas y firma</translation>
    </message>
    <message>
        <source>Route sheet — %1</source>
        <translation>Hoja de ruta — %1</translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translation>%1 (continuación)</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>Teléfono: %1</translation>
    </message>
    <message>
        <source>Signature:</source>
        <translation>Firma:</translation>
    </message>
    <message>
        <source>No visits on these days.</source>
        <translation>No hay visitas en estos días.</translation>
    </message>
</context>
<context>
    <name>ordo::Scheduler</name>
    <message>
        <source>Nobody active has the role %1 to send.</source>
        <translation>No hay nadie en activo con el rol %1 a quien enviar.</translation>
    </message>
    <message>
        <source>free %1</source>
        <translation>libre el %1</translation>
    </message>
    <message>
        <source>covers %1</source>
        <translation>cubre %1</translation>
    </message>
    <message>
        <source>outside their area (%1)</source>
        <translation>fuera de su zona (%1)</translation>
    </message>
    <message>
        <source>lacks a skill asked for</source>
        <translation>le falta una habilidad pedida</translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s) that day</source>
        <translation>
            <numerusform>%n visita ese día</numerusform>
            <numerusform>%n visitas ese día</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n this week</source>
        <translation>
            <numerusform>%n esta semana</numerusform>
            <numerusform>%n esta semana</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: fewest open orders among %2</source>
        <translation>%1: menos órdenes abiertas en %2</translation>
    </message>
</context>
<context>
    <name>ordo::SecretDialog</name>
    <message>
        <source>Set PIN for %1</source>
        <translation>PIN de %1</translation>
    </message>
    <message>
        <source>Set password for %1</source>
        <translation>Contraseña de %1</translation>
    </message>
    <message>
        <source>New PIN:</source>
        <translation>PIN nuevo:</translation>
    </message>
    <message>
        <source>New password:</source>
        <translation>Contraseña nueva:</translation>
    </message>
    <message>
        <source>Again:</source>
        <translation>Otra vez:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>The two PINs differ: type the same PIN twice.</source>
        <translation>Los dos PIN no coinciden: escriba el mismo PIN dos veces.</translation>
    </message>
    <message>
        <source>The two passwords differ: type the same password twice.</source>
        <translation>Las dos contraseñas no coinciden: escriba la misma contraseña dos veces.</translation>
    </message>
</context>
<context>
    <name>ordo::SecurityPage</name>
    <message>
        <source>Everyone signs in with a PIN or password</source>
        <translation>Todos inician sesión con un PIN o una contraseña</translation>
    </message>
    <message>
        <source>When this is off, a person without a PIN or password signs in by choosing their name.</source>
        <translation>Si está desactivado, quien no tiene PIN ni contraseña inicia sesión eligiendo su nombre.</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <source>Lock after this many minutes idle (0 = never):</source>
        <translation>Bloquear tras estos minutos de inactividad (0 = nunca):</translation>
    </message>
    <message>
        <source>Allow unsigned changes from the command line</source>
        <translation>Permitir cambios sin firmar desde la línea de comandos</translation>
    </message>
    <message>
        <source>Unsigned changes are recorded as “ordo-cli” with the computer&apos;s user name. When this is off, ordo-cli changes data only with --user and that person&apos;s password, or with an API token.</source>
        <translation>Los cambios sin firmar se registran como «ordo-cli» con el nombre de usuario del ordenador. Si está desactivado, ordo-cli solo cambia datos con --user y la contraseña de esa persona, o con un token de API.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Seguridad</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) have no PIN or password yet and could not sign in until one is set: %1.</source>
        <translation>
            <numerusform>%n persona aún no tiene PIN ni contraseña y no podría iniciar sesión hasta que se le ponga uno: %1.</numerusform>
            <numerusform>%n personas aún no tienen PIN ni contraseña y no podrían iniciar sesión hasta que se les ponga uno: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>That includes you: set your own first on the People tab.</source>
        <translation>Eso le incluye a usted: ponga antes el suyo en la pestaña Personas.</translation>
    </message>
    <message>
        <source>Require a PIN or password anyway?</source>
        <translation>¿Exigir PIN o contraseña de todos modos?</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
</context>
<context>
    <name>ordo::ServerAddress</name>
    <message>
        <source>The database server address is not valid: %1 Write it as postgresql://user@server/database.</source>
        <translation>La dirección del servidor de base de datos no es válida: %1 Escríbala como postgresql://usuario@servidor/base.</translation>
    </message>
    <message>
        <source>it must begin with postgresql://.</source>
        <translation>debe empezar por postgresql://.</translation>
    </message>
    <message>
        <source>the server&apos;s IPv6 address has no closing bracket.</source>
        <translation>a la dirección IPv6 del servidor le falta el corchete de cierre.</translation>
    </message>
    <message>
        <source>the port must be a number from 1 to 65535.</source>
        <translation>el puerto debe ser un número del 1 al 65535.</translation>
    </message>
    <message>
        <source>sslmode must be one of %1.</source>
        <translation>sslmode debe ser uno de %1.</translation>
    </message>
    <message>
        <source>Ordo does not know the option %1.</source>
        <translation>Ordo no conoce la opción %1.</translation>
    </message>
    <message>
        <source>it names no database (…/database at the end).</source>
        <translation>no indica ninguna base de datos (…/base al final).</translation>
    </message>
</context>
<context>
    <name>ordo::SignInDialog</name>
    <message>
        <source>Who is working?</source>
        <translation>¿Quién está trabajando?</translation>
    </message>
    <message>
        <source>Choose your name:</source>
        <translation>Elija su nombre:</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <source>Close Ordo</source>
        <translation>Cerrar Ordo</translation>
    </message>
    <message>
        <source>PIN:</source>
        <translation>PIN:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Contraseña:</translation>
    </message>
</context>
<context>
    <name>ordo::SmtpSettings</name>
    <message>
        <source>The mail password could not be read: %1</source>
        <translation>No se pudo leer la contraseña del correo: %1</translation>
    </message>
    <message>
        <source>No password for the mail user %1 is kept in %2. Enter it in Settings › Company and e-mail, or, for a program without a screen, set %3.</source>
        <translation>No hay ninguna contraseña del usuario de correo %1 en %2. Escríbala en Configuración › Empresa y correo o, para un programa sin pantalla, defina %3.</translation>
    </message>
</context>
<context>
    <name>ordo::SqliteConnection</name>
    <message>
        <source>%1 is not an Ordo database: it is not a database file at all.</source>
        <translation>%1 no es una base de datos de Ordo: ni siquiera es un archivo de base de datos.</translation>
    </message>
    <message>
        <source>%1 is damaged (database says: %2).</source>
        <translation>%1 está dañada (la base de datos dice: %2).</translation>
    </message>
    <message>
        <source>%1 is busy: another program holds it. Try again in a moment.</source>
        <translation>%1 está ocupada: otro programa la tiene abierta. Vuelva a intentarlo en un momento.</translation>
    </message>
    <message>
        <source>The disk holding %1 is full. Free some space and try again.</source>
        <translation>El disco donde está %1 está lleno. Libere espacio y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Ordo cannot read %1 (database says: %2). Check the permissions of the file and of its folder.</source>
        <translation>Ordo no puede leer %1 (la base de datos dice: %2). Revise los permisos del archivo y de su carpeta.</translation>
    </message>
    <message>
        <source>%1 could not be read (database says: %2).</source>
        <translation>No se pudo leer %1 (la base de datos dice: %2).</translation>
    </message>
</context>
<context>
    <name>ordo::StaffRepository</name>
    <message>
        <source>A staff member needs a name.</source>
        <translation>El empleado necesita un nombre.</translation>
    </message>
    <message>
        <source>Working hours must end after they start.</source>
        <translation>El horario de trabajo debe terminar después de empezar.</translation>
    </message>
    <message>
        <source>There is no staff member number %1.</source>
        <translation>No existe el empleado número %1.</translation>
    </message>
    <message>
        <source>Nobody on the staff is called “%1”.</source>
        <translation>Ningún empleado se llama «%1».</translation>
    </message>
    <message>
        <source>More than one staff member is called “%1”; use the full name.</source>
        <translation>Hay más de un empleado llamado «%1»; use el nombre completo.</translation>
    </message>
    <message>
        <source>The record of %1</source>
        <extracomment>The subject of &quot;%1 was changed by someone else meanwhile…&quot;</extracomment>
        <translation>la ficha de %1</translation>
    </message>
</context>
<context>
    <name>ordo::StaffView</name>
    <message>
        <source>New person</source>
        <translation>Persona nueva</translation>
    </message>
    <message>
        <source>Works here now</source>
        <translation>Trabaja aquí actualmente</translation>
    </message>
    <message>
        <source>e.g. pvc, aluminium, blinds</source>
        <translation>p. ej. pvc, aluminio, persianas</translation>
    </message>
    <message>
        <source>Postcode beginnings, e.g. 280, 281</source>
        <translation>Inicios de código postal, p. ej. 280, 281</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rol:</translation>
    </message>
    <message>
        <source>&amp;Colour:</source>
        <translation>&amp;Color:</translation>
    </message>
    <message>
        <source>&amp;Skills:</source>
        <translation>&amp;Habilidades:</translation>
    </message>
    <message>
        <source>&amp;Territory:</source>
        <translation>&amp;Zona:</translation>
    </message>
    <message>
        <source>Working days:</source>
        <translation>Días laborables:</translation>
    </message>
    <message>
        <source>Working hours:</source>
        <translation>Horario:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;Correo electrónico:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Teléfono:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personal</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Color</translation>
    </message>
    <message>
        <source>Leaves the company…</source>
        <translation>Deja la empresa…</translation>
    </message>
    <message>
        <source>%1 leaves</source>
        <translation>%1 se va</translation>
    </message>
    <message>
        <source>Who takes over %1&apos;s open orders and future visits?</source>
        <translation>¿Quién se hace cargo de las órdenes abiertas y las visitas futuras de %1?</translation>
    </message>
    <message numerus="yes">
        <source>%1 no longer works here. %n open order(s) and %2 future visit(s) were handed over; their history stays.</source>
        <translation>
            <numerusform>%1 ya no trabaja aquí. Se ha traspasado %n orden abierta y %2 visitas futuras; su historial se conserva.</numerusform>
            <numerusform>%1 ya no trabaja aquí. Se han traspasado %n órdenes abiertas y %2 visitas futuras; su historial se conserva.</numerusform>
        </translation>
    </message>
    <message>
        <source>These visits now overlap other bookings: %1</source>
        <translation>Estas visitas ahora coinciden con otras citas: %1</translation>
    </message>
    <message>
        <source>The details of %1 have changes that are not saved.</source>
        <translation>Los datos de %1 tienen cambios sin guardar.</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Móviles</translation>
    </message>
    <message>
        <source>Pair a phone…</source>
        <translation>Emparejar un móvil…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>%1 — removed %2</source>
        <translation>%1 — quitado el %2</translation>
    </message>
    <message>
        <source>%1 — last seen %2</source>
        <translation>%1 — última conexión el %2</translation>
    </message>
    <message>
        <source>%1 — paired %2, not used yet</source>
        <translation>%1 — emparejado el %2, aún sin usar</translation>
    </message>
    <message>
        <source>No phone paired yet.</source>
        <translation>Aún no hay ningún móvil emparejado.</translation>
    </message>
    <message>
        <source>Pair a phone</source>
        <translation>Emparejar un móvil</translation>
    </message>
    <message>
        <source>The address of Ordo&apos;s server, as the phones reach it (asked once):</source>
        <translation>La dirección del servidor de Ordo, tal como la alcanzan los móviles (se pregunta una sola vez):</translation>
    </message>
    <message>
        <source>Remove phone</source>
        <translation>Quitar móvil</translation>
    </message>
    <message>
        <source>Remove %1? It is signed out at once and needs a new code to be used again.</source>
        <translation>¿Quitar %1? Su sesión se cierra en el acto y necesitará un código nuevo para volver a usarse.</translation>
    </message>
</context>
<context>
    <name>ordo::StaleNotice</name>
    <message>
        <source>Reload</source>
        <translation>Volver a cargar</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>alguien</translation>
    </message>
    <message>
        <source>Changed by %1 while open here. Reload to see the change.</source>
        <translation>%1 la cambió mientras estaba abierta aquí. Vuelva a cargarla para ver el cambio.</translation>
    </message>
    <message>
        <source>Changed by %1 on %2 at %3 while open here. Reload to see the change; what you typed here and did not save will be replaced.</source>
        <translation>%1 la cambió el %2 a las %3 mientras estaba abierta aquí. Vuelva a cargarla para ver el cambio; lo que haya escrito aquí sin guardar se sustituirá.</translation>
    </message>
    <message>
        <source>Changed by %1 on %2 at %3 while open here. Reload to see the change.</source>
        <translation>%1 la cambió el %2 a las %3 mientras estaba abierta aquí. Vuelva a cargarla para ver el cambio.</translation>
    </message>
</context>
<context>
    <name>ordo::TaxCauses</name>
    <message>
        <source>Taxed</source>
        <translation>Sujeta</translation>
    </message>
    <message>
        <source>Reverse charge (art. 84)</source>
        <translation>Inversión del sujeto pasivo (art. 84)</translation>
    </message>
    <message>
        <source>Exempt, art. 20.1.%1</source>
        <translation>Exenta, art. 20.Uno.%1</translation>
    </message>
    <message>
        <source>Exempt (art. 20)</source>
        <translation>Exenta (art. 20)</translation>
    </message>
    <message>
        <source>Exempt: export (art. 21)</source>
        <translation>Exenta: exportación (art. 21)</translation>
    </message>
    <message>
        <source>Exempt: like an export (art. 22)</source>
        <translation>Exenta: asimilada a exportación (art. 22)</translation>
    </message>
    <message>
        <source>Exempt: free zones and warehouses (arts. 23 and 24)</source>
        <translation>Exenta: zonas francas y depósitos (arts. 23 y 24)</translation>
    </message>
    <message>
        <source>Exempt: intra-EU supply (art. 25)</source>
        <translation>Exenta: entrega intracomunitaria (art. 25)</translation>
    </message>
    <message>
        <source>Exempt: other</source>
        <translation>Exenta: otras</translation>
    </message>
    <message>
        <source>Not subject (arts. 7 and 14)</source>
        <translation>No sujeta (arts. 7 y 14)</translation>
    </message>
    <message>
        <source>Not subject: place of supply</source>
        <translation>No sujeta: reglas de localización</translation>
    </message>
    <message>
        <source>Rev. charge</source>
        <translation>ISP</translation>
    </message>
    <message>
        <source>exempt</source>
        <translation>exenta</translation>
    </message>
    <message>
        <source>not subject</source>
        <translation>no sujeta</translation>
    </message>
    <message>
        <source>Reverse charge: the customer accounts for the VAT (inversión del sujeto pasivo, Law 37/1992, article 84.One.2).</source>
        <translation>Operación con inversión del sujeto pasivo conforme al artículo 84.Uno.2º de la Ley 37/1992: el IVA lo declara el destinatario.</translation>
    </message>
    <message>
        <source>Operation exempt from VAT under Law 37/1992, article 20.One.%1.</source>
        <translation>Operación exenta de IVA conforme al artículo 20.Uno.%1º de la Ley 37/1992.</translation>
    </message>
    <message>
        <source>Operation exempt from VAT under Law 37/1992, article 20.</source>
        <translation>Operación exenta de IVA conforme al artículo 20 de la Ley 37/1992.</translation>
    </message>
    <message>
        <source>Export exempt from VAT under Law 37/1992, article 21.</source>
        <translation>Exportación exenta de IVA conforme al artículo 21 de la Ley 37/1992.</translation>
    </message>
    <message>
        <source>Operation treated as an export, exempt from VAT under Law 37/1992, article 22.</source>
        <translation>Operación asimilada a la exportación, exenta de IVA conforme al artículo 22 de la Ley 37/1992.</translation>
    </message>
    <message>
        <source>Operation exempt from VAT under Law 37/1992, articles 23 and 24.</source>
        <translation>Operación exenta de IVA conforme a los artículos 23 y 24 de la Ley 37/1992.</translation>
    </message>
    <message>
        <source>Intra-Community supply exempt from VAT under Law 37/1992, article 25.</source>
        <translation>Entrega intracomunitaria exenta de IVA conforme al artículo 25 de la Ley 37/1992.</translation>
    </message>
    <message>
        <source>Operation exempt from VAT.</source>
        <translation>Operación exenta de IVA.</translation>
    </message>
    <message>
        <source>Operation not subject to VAT under Law 37/1992, articles 7 and 14.</source>
        <translation>Operación no sujeta a IVA conforme a los artículos 7 y 14 de la Ley 37/1992.</translation>
    </message>
    <message>
        <source>Operation not subject to Spanish VAT by the place-of-supply rules (Law 37/1992, articles 68 to 70).</source>
        <translation>Operación no sujeta al IVA español por las reglas de localización (artículos 68 a 70 de la Ley 37/1992).</translation>
    </message>
</context>
<context>
    <name>ordo::TaxIds</name>
    <message>
        <source>“%1” is not a tax ID: a NIF, NIE or CIF has 9 characters (e.g. 12345678Z, X1234567L, B12345674).</source>
        <translation>«%1» no es un NIF: un NIF, NIE o CIF tiene 9 caracteres (p. ej. 12345678Z, X1234567L, B12345674).</translation>
    </message>
    <message>
        <source>“%1” is not a valid tax ID: its control letter or digit does not match. Check it for a typing mistake.</source>
        <translation>«%1» no es un NIF válido: su letra o dígito de control no cuadra. Compruebe si hay una errata.</translation>
    </message>
    <message numerus="yes">
        <source>“%1” is not an IBAN: a Spanish IBAN has 24 characters (ES and 22 digits); this one has %n.</source>
        <translation>
            <numerusform>«%1» no es un IBAN: un IBAN español tiene 24 caracteres (ES y 22 cifras); este tiene %n.</numerusform>
            <numerusform>«%1» no es un IBAN: un IBAN español tiene 24 caracteres (ES y 22 cifras); este tiene %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is not a valid IBAN: its check digits do not match. Copy it again from the bank&apos;s papers.</source>
        <translation>«%1» no es un IBAN válido: sus dígitos de control no cuadran. Cópielo de nuevo de los papeles del banco.</translation>
    </message>
</context>
<context>
    <name>ordo::UnsavedChanges</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>Save them?</source>
        <translation>¿Guardarlos?</translation>
    </message>
</context>
<context>
    <name>ordo::UsernameDialog</name>
    <message>
        <source>Username of %1</source>
        <translation>Usuario de %1</translation>
    </message>
    <message>
        <source>Username:</source>
        <translation>Usuario:</translation>
    </message>
    <message>
        <source>Used to sign in from the command line (ordo-cli --user).</source>
        <translation>Sirve para iniciar sesión desde la línea de comandos (ordo-cli --user).</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
</context>
<context>
    <name>ordo::VerifactuCertificate</name>
    <message>
        <source>The certificate file is empty.</source>
        <translation>El archivo del certificado está vacío.</translation>
    </message>
    <message>
        <source>The certificate could not be opened: it is not a PKCS#12 file (.p12, .pfx) or the password is wrong.</source>
        <translation>No se pudo abrir el certificado: no es un archivo PKCS#12 (.p12, .pfx) o la contraseña es incorrecta.</translation>
    </message>
    <message>
        <source>The certificate file holds no private key: export it again with its key.</source>
        <translation>El archivo del certificado no contiene la clave privada: expórtelo de nuevo con su clave.</translation>
    </message>
    <message>
        <source>The certificate of %1 expired on %2: the AEAT would refuse it.</source>
        <translation>El certificado de %1 caducó el %2: la AEAT lo rechazaría.</translation>
    </message>
</context>
<context>
    <name>ordo::VerifactuRecordsPanel</name>
    <message>
        <source>Send to the AEAT now</source>
        <translation>Enviar ahora a la AEAT</translation>
    </message>
    <message>
        <source>Correct the rejected record…</source>
        <translation>Subsanar el registro rechazado…</translation>
    </message>
    <message>
        <source>VERI*FACTU record</source>
        <translation>Registro VERI*FACTU</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <source>AEAT&apos;s error</source>
        <translation>Error de la AEAT</translation>
    </message>
    <message>
        <source>Correct the record</source>
        <translation>Subsanar el registro</translation>
    </message>
    <message>
        <source>A new registro de alta (subsanación) is made for this invoice from its data and the current VERI*FACTU settings, and sent with the next submission. Make it now?</source>
        <translation>Se creará un nuevo registro de alta (subsanación) para esta factura con sus datos y la configuración VERI*FACTU actual, y se enviará con el próximo envío. ¿Crearlo ahora?</translation>
    </message>
    <message>
        <source>Anulación #%1</source>
        <translation>Anulación n.º %1</translation>
    </message>
    <message>
        <source>Alta (subsanación) #%1</source>
        <translation>Alta (subsanación) n.º %1</translation>
    </message>
    <message>
        <source>Alta #%1</source>
        <translation>Alta n.º %1</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>Huella %1</source>
        <translation>Huella %1</translation>
    </message>
    <message>
        <source>The AEAT rejected this invoice&apos;s record: correct the cause, then make a subsanación record.</source>
        <translation>La AEAT rechazó el registro de esta factura: corrija la causa y cree después un registro de subsanación.</translation>
    </message>
    <message>
        <source>Waiting to be sent to the AEAT.</source>
        <translation>Pendiente de enviar a la AEAT.</translation>
    </message>
    <message>
        <source>Last attempt: %1</source>
        <translation>Último intento: %1</translation>
    </message>
    <message>
        <source>No VERI*FACTU: the records are kept, not sent.</source>
        <translation>No VERI*FACTU: los registros se conservan, no se envían.</translation>
    </message>
    <message>
        <source>VERI*FACTU</source>
        <translation>VERI*FACTU</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>No enviada</translation>
    </message>
    <message>
        <source>The AEAT allows the next submission at %1; the records wait until then.</source>
        <translation>La AEAT permite el próximo envío a partir de %1; los registros esperan hasta entonces.</translation>
    </message>
    <message>
        <source>Nothing is waiting to be sent.</source>
        <translation>No hay nada pendiente de enviar.</translation>
    </message>
    <message numerus="yes">
        <source>Sending %n record(s) to the AEAT…</source>
        <translation>
            <numerusform>Enviando %n registro a la AEAT…</numerusform>
            <numerusform>Enviando %n registros a la AEAT…</numerusform>
        </translation>
    </message>
    <message>
        <source>No password for the AEAT certificate is kept in %1: import the certificate again in Settings › VERI*FACTU.</source>
        <translation>No hay ninguna contraseña del certificado de la AEAT en %1: vuelva a importar el certificado en Configuración › VERI*FACTU.</translation>
    </message>
    <message>
        <source>The AEAT answered (CSV %1): %2 accepted, %3 accepted with errors, %4 rejected.</source>
        <translation>La AEAT ha respondido (CSV %1): %2 aceptados, %3 aceptados con errores, %4 rechazados.</translation>
    </message>
    <message>
        <source>A new registro de anulación is made for this invoice, saying that the AEAT rejected the one before, and sent with the next submission. Make it now?</source>
        <translation>Se crea un nuevo registro de anulación para esta factura, indicando que la AEAT rechazó el anterior, y se envía en el próximo envío. ¿Crearlo ahora?</translation>
    </message>
    <message>
        <source>Anulación (rechazo previo) #%1</source>
        <translation>Anulación (rechazo previo) n.º %1</translation>
    </message>
    <message>
        <source>The AEAT rejected the annulment of this invoice: correct the cause, then send the annulment again.</source>
        <translation>La AEAT rechazó la anulación de esta factura: corrija la causa y vuelva a enviar la anulación.</translation>
    </message>
</context>
<context>
    <name>ordo::VerifactuSender</name>
    <message>
        <source>The AEAT refused the whole submission: %1</source>
        <translation>La AEAT rechazó el envío completo: %1</translation>
    </message>
    <message>
        <source>(no reason given)</source>
        <translation>(sin motivo)</translation>
    </message>
    <message>
        <source>The AEAT&apos;s answer could not be understood (%1).</source>
        <translation>No se pudo interpretar la respuesta de la AEAT (%1).</translation>
    </message>
    <message>
        <source>no RespuestaRegFactuSistemaFacturacion</source>
        <translation>falta RespuestaRegFactuSistemaFacturacion</translation>
    </message>
    <message>
        <source>The company keeps its records without sending them (no VERI*FACTU): nothing is sent to the AEAT.</source>
        <translation>La empresa conserva sus registros sin enviarlos (no VERI*FACTU): no se envía nada a la AEAT.</translation>
    </message>
    <message>
        <source>No certificate for the AEAT is set up: import the company&apos;s certificate (a .p12 or .pfx file) in Settings › VERI*FACTU or with ordo-cli verifactu certificate import FILE.</source>
        <translation>No hay ningún certificado para la AEAT: importe el certificado de la empresa (un archivo .p12 o .pfx) en Configuración › VERI*FACTU o con ordo-cli verifactu certificate import ARCHIVO.</translation>
    </message>
    <message>
        <source>The AEAT&apos;s service at %1 could not be reached (%2); the records stay in the queue.</source>
        <translation>No se pudo contactar con el servicio de la AEAT en %1 (%2); los registros siguen en la cola.</translation>
    </message>
    <message>
        <source>The AEAT&apos;s service at %1 did not answer in time; the records stay in the queue.</source>
        <translation>El servicio de la AEAT en %1 no respondió a tiempo; los registros siguen en la cola.</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed (%2): check the certificate and the address.</source>
        <translation>Falló la conexión segura con %1 (%2): revise el certificado y la dirección.</translation>
    </message>
    <message>
        <source>The AEAT&apos;s service at %1 answered with an HTTP error (%2 %3); the records stay in the queue.</source>
        <translation>El servicio de la AEAT en %1 respondió con un error HTTP (%2 %3); los registros siguen en la cola.</translation>
    </message>
    <message>
        <source>The records could not be sent to %1 (%2); they stay in the queue.</source>
        <translation>No se pudieron enviar los registros a %1 (%2); siguen en la cola.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) got no answer from the AEAT.</source>
        <translation>
            <numerusform>%n registro no obtuvo respuesta de la AEAT.</numerusform>
            <numerusform>%n registros no obtuvieron respuesta de la AEAT.</numerusform>
        </translation>
    </message>
    <message>
        <source>The certificate&apos;s password could not be read: %1</source>
        <translation>No se pudo leer la contraseña del certificado: %1</translation>
    </message>
    <message>
        <source>No password for the AEAT certificate is kept in %1. Import the certificate again, or, for a program without a screen, set %2.</source>
        <translation>No hay ninguna contraseña del certificado de la AEAT en %1. Vuelva a importar el certificado o, para un programa sin pantalla, defina %2.</translation>
    </message>
</context>
<context>
    <name>ordo::VerifactuService</name>
    <message>
        <source>Invoice verifiable at the AEAT&apos;s electronic office</source>
        <translation>Factura verificable en la sede electrónica de la AEAT</translation>
    </message>
    <message>
        <source>waiting to be sent to the AEAT</source>
        <translation>pendiente de remitir a la AEAT</translation>
    </message>
    <message>
        <source>kept (no VERI*FACTU)</source>
        <translation>conservado (no VERI*FACTU)</translation>
    </message>
    <message>
        <source>accepted by the AEAT</source>
        <translation>aceptado por la AEAT</translation>
    </message>
    <message>
        <source>accepted with errors</source>
        <translation>aceptado con errores</translation>
    </message>
    <message>
        <source>rejected by the AEAT</source>
        <translation>rechazado por la AEAT</translation>
    </message>
    <message>
        <source>Lines at 0 % VAT must be exempt (E1–E6), reverse charge (S2) or not subject (N1, N2).</source>
        <translation>Las líneas al 0 % de IVA deben ser exentas (E1–E6), con inversión del sujeto pasivo (S2) o no sujetas (N1, N2).</translation>
    </message>
    <message>
        <source>Rectifying invoices are of type R1, R2, R3 or R4.</source>
        <translation>Las facturas rectificativas son de tipo R1, R2, R3 o R4.</translation>
    </message>
    <message>
        <source>The software producer&apos;s NIF “%1” is not a Spanish NIF.</source>
        <translation>El NIF del productor del software «%1» no es un NIF español.</translation>
    </message>
    <message>
        <source>The AEAT&apos;s addresses for the QR code start with https://.</source>
        <translation>Las direcciones de la AEAT para el código QR empiezan por https://.</translation>
    </message>
    <message>
        <source>The VERI*FACTU record just written could not be read back.</source>
        <translation>No se pudo volver a leer el registro VERI*FACTU recién escrito.</translation>
    </message>
    <message>
        <source>Only an issued invoice has a VERI*FACTU record.</source>
        <translation>Solo una factura emitida tiene registro VERI*FACTU.</translation>
    </message>
    <message>
        <source>The company&apos;s tax ID “%1” is not a Spanish NIF: VERI*FACTU records need one. Correct it in Settings › Company.</source>
        <translation>El NIF de la empresa «%1» no es un NIF español y los registros VERI*FACTU lo necesitan. Corríjalo en Configuración › Empresa.</translation>
    </message>
    <message>
        <source>Say why the invoice&apos;s record is being annulled.</source>
        <translation>Indique por qué se anula el registro de la factura.</translation>
    </message>
    <message>
        <source>Invoice %1 has no VERI*FACTU record to annul.</source>
        <translation>La factura %1 no tiene ningún registro VERI*FACTU que anular.</translation>
    </message>
    <message>
        <source>(draft)</source>
        <translation>(borrador)</translation>
    </message>
    <message>
        <source>The record of invoice %1 is already annulled.</source>
        <translation>El registro de la factura %1 ya está anulado.</translation>
    </message>
    <message>
        <source>The AEAT&apos;s addresses for sending records start with https://.</source>
        <translation>Las direcciones de la AEAT para enviar registros empiezan por https://.</translation>
    </message>
    <message>
        <source>Invoice %1 has no VERI*FACTU record to correct.</source>
        <translation>La factura %1 no tiene ningún registro VERI*FACTU que subsanar.</translation>
    </message>
    <message>
        <source>The record of invoice %1 is annulled: there is nothing to correct.</source>
        <translation>El registro de la factura %1 está anulado: no hay nada que subsanar.</translation>
    </message>
    <message>
        <source>The AEAT has not rejected the record of invoice %1 (%2): only a rejected record is corrected.</source>
        <translation>La AEAT no ha rechazado el registro de la factura %1 (%2): solo se subsana un registro rechazado.</translation>
    </message>
    <message>
        <source>The AEAT rejected the annulment of invoice %1: correct the cause and send it again (Correct the rejected record, or ordo-cli verifactu correct %1).</source>
        <translation>La AEAT rechazó la anulación de la factura %1: corrija la causa y vuelva a enviarla (Subsanar el registro rechazado, u ordo-cli verifactu correct %1).</translation>
    </message>
</context>
<context>
    <name>ordo::VerifactuSettingsDialog</name>
    <message>
        <source>VERI*FACTU</source>
        <translation>VERI*FACTU</translation>
    </message>
    <message>
        <source>VERI*FACTU: every record is sent to the AEAT</source>
        <translation>VERI*FACTU: todos los registros se envían a la AEAT</translation>
    </message>
    <message>
        <source>No VERI*FACTU: records are kept, not sent</source>
        <translation>No VERI*FACTU: los registros se conservan, no se envían</translation>
    </message>
    <message>
        <source>Test (the AEAT&apos;s pre-production service)</source>
        <translation>Pruebas (el servicio de preproducción de la AEAT)</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Producción</translation>
    </message>
    <message>
        <source>Empty: the company itself</source>
        <translation>Vacío: la propia empresa</translation>
    </message>
    <message>
        <source>Mode:</source>
        <translation>Modo:</translation>
    </message>
    <message>
        <source>AEAT service:</source>
        <translation>Servicio de la AEAT:</translation>
    </message>
    <message>
        <source>Test address:</source>
        <translation>Dirección de pruebas:</translation>
    </message>
    <message>
        <source>Production address:</source>
        <translation>Dirección de producción:</translation>
    </message>
    <message>
        <source>Software producer:</source>
        <translation>Productor del software:</translation>
    </message>
    <message>
        <source>Producer&apos;s NIF:</source>
        <translation>NIF del productor:</translation>
    </message>
    <message>
        <source>Certificate:</source>
        <translation>Certificado:</translation>
    </message>
    <message>
        <source>Import the certificate…</source>
        <translation>Importar el certificado…</translation>
    </message>
    <message>
        <source>The certificate&apos;s password is kept in %1, not in the company&apos;s database.</source>
        <translation>La contraseña del certificado se guarda en %1, no en la base de datos de la empresa.</translation>
    </message>
    <message>
        <source>The company&apos;s certificate</source>
        <translation>El certificado de la empresa</translation>
    </message>
    <message>
        <source>Certificates (*.p12 *.pfx)</source>
        <translation>Certificados (*.p12 *.pfx)</translation>
    </message>
    <message>
        <source>Password of the certificate:</source>
        <translation>Contraseña del certificado:</translation>
    </message>
    <message>
        <source>%1, valid until %2</source>
        <translation>%1, válido hasta el %2</translation>
    </message>
    <message>
        <source>None yet: records cannot be sent without the company&apos;s certificate.</source>
        <translation>Ninguno todavía: sin el certificado de la empresa no se pueden enviar registros.</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificado</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>No se pudo leer %1: %2</translation>
    </message>
    <message>
        <source>The certificate&apos;s password could not be kept, so the certificate was not imported: %1</source>
        <translation>No se pudo guardar la contraseña del certificado, así que el certificado no se ha importado: %1</translation>
    </message>
</context>
<context>
    <name>ordo::VersionedUpdate</name>
    <message>
        <source>%1 was changed by someone else meanwhile. Nothing was moved; look at it again and repeat the move if it still applies.</source>
        <translation>Otra persona cambió %1 mientras tanto. No se ha movido nada; revise %1 de nuevo y repita el movimiento si sigue siendo necesario.</translation>
    </message>
    <message>
        <source>%1 was changed by someone else meanwhile. Nothing was issued; open it again.</source>
        <translation>Otra persona cambió %1 mientras tanto. No se ha emitido nada; vuelva a abrir %1.</translation>
    </message>
    <message>
        <source>%1 was changed by someone else meanwhile. Nothing was deleted.</source>
        <translation>Otra persona cambió %1 mientras tanto. No se ha borrado nada.</translation>
    </message>
    <message>
        <source>%1 was changed by someone else meanwhile. Nothing was saved; open it again to see the changes.</source>
        <translation>Otra persona cambió %1 mientras tanto. No se ha guardado nada; vuelva a abrir %1 para ver los cambios.</translation>
    </message>
</context>
<context>
    <name>ordo::VisitDialog</name>
    <message>
        <source>Book a visit for %1</source>
        <translation>Reservar una visita para %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2, %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — %2, %3</translation>
    </message>
    <message>
        <source>Book this visit</source>
        <translation>Reservar esta visita</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Ahora no</translation>
    </message>
    <message>
        <source>Choose one of the proposed visits.</source>
        <translation>Elija una de las visitas propuestas.</translation>
    </message>
</context>
<context>
    <name>ordo::WeeklyReportBuilder</name>
    <message>
        <source>The kept figures could not be read.</source>
        <translation>No se han podido leer las cifras guardadas.</translation>
    </message>
</context>
<context>
    <name>ordo::WeeklyReportPage</name>
    <message>
        <source>◀ Previous week</source>
        <translation>◀ Semana anterior</translation>
    </message>
    <message>
        <source>Next week ▶</source>
        <translation>Semana siguiente ▶</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>&amp;Vista previa…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Guardar como P&amp;DF…</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Pasos</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Oldest overdue orders</source>
        <translation>Órdenes vencidas más antiguas</translation>
    </message>
    <message>
        <source>Weekly report</source>
        <translation>Informe semanal</translation>
    </message>
    <message>
        <source>euros</source>
        <translation>euros</translation>
    </message>
    <message>
        <source>Orders received and completed per day</source>
        <translation>Órdenes recibidas y terminadas por día</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recibidas</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminadas</translation>
    </message>
    <message>
        <source>Invoiced and collected per day</source>
        <translation>Facturado y cobrado por día</translation>
    </message>
    <message>
        <source>Invoiced</source>
        <translation>Facturado</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>Cobrado</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Mediana</translation>
    </message>
    <message>
        <source>90th percentile</source>
        <translation>Percentil 90</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Plazo</translation>
    </message>
    <message>
        <source>Time in each step against its target (days)</source>
        <translation>Tiempo en cada paso frente a su plazo (días)</translation>
    </message>
    <message>
        <source>Save weekly report</source>
        <translation>Guardar informe semanal</translation>
    </message>
    <message>
        <source>weekly-report-%1-W%2.pdf</source>
        <translation>informe-semanal-%1-S%2.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>ordo::WeeklyReportRenderer</name>
    <message>
        <source>Week %1 of %2 · %3 – %4</source>
        <translation>Semana %1 de %2 · %3 – %4</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Cifra</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Esta semana</translation>
    </message>
    <message>
        <source>Previous week</source>
        <translation>Semana anterior</translation>
    </message>
    <message>
        <source>4-week average</source>
        <translation>Media de 4 semanas</translation>
    </message>
    <message>
        <source>Orders received</source>
        <translation>Órdenes recibidas</translation>
    </message>
    <message>
        <source>Orders completed</source>
        <translation>Órdenes terminadas</translation>
    </message>
    <message>
        <source>Orders cancelled</source>
        <translation>Órdenes canceladas</translation>
    </message>
    <message>
        <source>Open at the end of the week</source>
        <translation>Abiertas al final de la semana</translation>
    </message>
    <message>
        <source>Invoiced</source>
        <translation>Facturado</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>Cobrado</translation>
    </message>
    <message>
        <source>Outstanding at the end of the week</source>
        <translation>Pendiente de cobro al final de la semana</translation>
    </message>
    <message>
        <source>of which overdue</source>
        <translation>del que está vencido</translation>
    </message>
    <message>
        <source>The week in figures</source>
        <translation>La semana en cifras</translation>
    </message>
    <message>
        <source>Orders received and completed per day</source>
        <translation>Órdenes recibidas y terminadas por día</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recibidas</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminadas</translation>
    </message>
    <message>
        <source>Invoiced and collected per day</source>
        <translation>Facturado y cobrado por día</translation>
    </message>
    <message>
        <source>Time in each step against its target</source>
        <translation>Tiempo en cada paso frente a su plazo</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Mediana</translation>
    </message>
    <message>
        <source>90th percentile</source>
        <translation>Percentil 90</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Plazo</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 d</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <source>Entered</source>
        <translation>Entraron</translation>
    </message>
    <message>
        <source>90th pct.</source>
        <translation>Perc. 90</translation>
    </message>
    <message>
        <source>Past target now</source>
        <translation>Fuera de plazo ahora</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Visitas</translation>
    </message>
    <message>
        <source>Jobs completed</source>
        <translation>Trabajos terminados</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Facturado</translation>
    </message>
    <message>
        <source>No visits, jobs or revenue this week.</source>
        <translation>Sin visitas, trabajos ni facturación esta semana.</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Orden</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>Oldest overdue orders</source>
        <translation>Órdenes vencidas más antiguas</translation>
    </message>
    <message>
        <source>No open order is past its due date.</source>
        <translation>Ninguna orden abierta ha pasado su fecha límite.</translation>
    </message>
    <message>
        <source>Printed %1</source>
        <translation>Impreso el %1</translation>
    </message>
    <message>
        <source>Weekly report</source>
        <translation>Informe semanal</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>Weekly report, week %1 of %2</source>
        <translation>Informe semanal, semana %1 de %2</translation>
    </message>
    <message>
        <source>%1 (%2 · %3)</source>
        <translation>%1 (%2 · %3)</translation>
    </message>
    <message>
        <source>Entered (prev. · 4-wk avg.)</source>
        <translation>Entraron (ant. · media 4 sem.)</translation>
    </message>
    <message>
        <source>Median (prev. · 4-wk avg.)</source>
        <translation>Mediana (ant. · media 4 sem.)</translation>
    </message>
    <message>
        <source>90th pct. (prev. · 4-wk avg.)</source>
        <translation>Perc. 90 (ant. · media 4 sem.)</translation>
    </message>
    <message>
        <source>Visits (prev. · 4-wk avg.)</source>
        <translation>Visitas (ant. · media 4 sem.)</translation>
    </message>
    <message>
        <source>Jobs completed (prev. · 4-wk avg.)</source>
        <translation>Trabajos terminados (ant. · media 4 sem.)</translation>
    </message>
    <message>
        <source>Revenue (prev. · 4-wk avg.)</source>
        <translation>Facturado (ant. · media 4 sem.)</translation>
    </message>
    <message>
        <source>Steps (this week, then the previous week · the 4-week average)</source>
        <translation>Pasos (esta semana, y entre paréntesis la anterior · la media de 4 semanas)</translation>
    </message>
    <message>
        <source>Past target</source>
        <translation>Fuera de plazo</translation>
    </message>
    <message>
        <source>People (this week, then the previous week · the 4-week average)</source>
        <translation>Personas (esta semana, y entre paréntesis la anterior · la media de 4 semanas)</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>Invoice chain at the week&apos;s end: %1, hash %2</source>
        <translation>Cadena de facturas al final de la semana: %1, huella %2</translation>
    </message>
</context>
<context>
    <name>ordo::WorkOrderService</name>
    <message>
        <source>The order needs a title: what is the job?</source>
        <translation>La orden necesita un título: ¿en qué consiste el trabajo?</translation>
    </message>
    <message>
        <source>The order needs a customer.</source>
        <translation>La orden necesita un cliente.</translation>
    </message>
    <message>
        <source>Every line needs a description.</source>
        <translation>Cada línea necesita una descripción.</translation>
    </message>
    <message>
        <source>“%1”: VAT and discount must be between 0 % and 100 %.</source>
        <translation>«%1»: el IVA y el descuento deben estar entre el 0 % y el 100 %.</translation>
    </message>
    <message>
        <source>The process map “%1” has no first step.</source>
        <translation>El mapa del proceso «%1» no tiene primer paso.</translation>
    </message>
    <message>
        <source>There is no customer number %1.</source>
        <translation>No existe el cliente número %1.</translation>
    </message>
    <message>
        <source>There is no work order with id %1.</source>
        <translation>No existe la orden de trabajo con id %1.</translation>
    </message>
    <message>
        <source>There is no work order %1.</source>
        <translation>No existe la orden de trabajo %1.</translation>
    </message>
    <message>
        <source>The note is empty.</source>
        <translation>La nota está vacía.</translation>
    </message>
    <message>
        <source>That site address no longer exists.</source>
        <translation>Esa dirección de obra ya no existe.</translation>
    </message>
    <message>
        <source>That staff member no longer exists.</source>
        <translation>Ese empleado ya no existe.</translation>
    </message>
    <message>
        <source>That site is an address of another customer: choose one of this customer&apos;s addresses, or type the address again.</source>
        <translation>Esa obra es una dirección de otro cliente: elija una de las direcciones de este cliente o vuelva a escribir la dirección.</translation>
    </message>
    <message>
        <source>Order %1</source>
        <extracomment>The subject of &quot;%1 was changed by someone else meanwhile…&quot;</extracomment>
        <translation>la orden %1</translation>
    </message>
</context>
<context>
    <name>ordo::WorkflowEditor</name>
    <message numerus="yes">
        <source>%n open order(s) are in “%1”, which is being removed: choose the step where they go.</source>
        <translation>
            <numerusform>Hay %n orden abierta en «%1», que se va a eliminar: elija el paso al que pasa.</numerusform>
            <numerusform>Hay %n órdenes abiertas en «%1», que se va a eliminar: elija el paso al que pasan.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ordo::WorkflowEngine</name>
    <message>
        <source>There is no work order with id %1.</source>
        <translation>No existe la orden de trabajo con id %1.</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>«%1»</translation>
    </message>
    <message>
        <source>%1 is in a step that its process map does not have.</source>
        <translation>%1 está en un paso que su mapa del proceso no tiene.</translation>
    </message>
    <message>
        <source>The process map of %1 (“%2”, version %3) has no such step.</source>
        <translation>El mapa del proceso de %1 («%2», versión %3) no tiene ese paso.</translation>
    </message>
    <message>
        <source>%1 is already in %2.</source>
        <translation>%1 ya está en %2.</translation>
    </message>
    <message>
        <source>%1 cannot leave %2: the process map has no way out of that step.</source>
        <translation>%1 no puede salir de %2: el mapa del proceso no tiene salida desde ese paso.</translation>
    </message>
    <message>
        <source>%1 cannot go from %2 to %3: the process map does not allow it. From %2 it can go to %4.</source>
        <translation>%1 no puede pasar de %2 a %3: el mapa del proceso no lo permite. Desde %2 puede pasar a %4.</translation>
    </message>
    <message>
        <source>%1 has no move to undo.</source>
        <translation>%1 no tiene ningún movimiento que deshacer.</translation>
    </message>
    <message>
        <source>%1 cannot leave %2 before its invoice is issued.</source>
        <translation>%1 no puede salir de %2 antes de emitir su factura.</translation>
    </message>
    <message>
        <source>%1 cannot leave %2 before invoice %3 is paid (%4 still due).</source>
        <translation>%1 no puede salir de %2 antes de cobrar la factura %3 (quedan %4 pendientes).</translation>
    </message>
    <message>
        <source>Order %1</source>
        <extracomment>The subject of &quot;%1 was changed by someone else meanwhile…&quot;</extracomment>
        <translation>la orden %1</translation>
    </message>
    <message>
        <source>%1 is already there.</source>
        <translation>%1 ya está ahí.</translation>
    </message>
    <message>
        <source>%1 cannot go from %2 to %3.</source>
        <translation>%1 no puede pasar de %2 a %3.</translation>
    </message>
</context>
<context>
    <name>ordo::WorkflowRepository</name>
    <message>
        <source>The process map version %1 does not exist.</source>
        <translation>La versión %1 del mapa del proceso no existe.</translation>
    </message>
    <message>
        <source>The process map %1 does not exist.</source>
        <translation>El mapa del proceso %1 no existe.</translation>
    </message>
    <message>
        <source>The company has no process map yet.</source>
        <translation>La empresa aún no tiene mapa del proceso.</translation>
    </message>
    <message>
        <source>A process map needs at least one step.</source>
        <translation>Un mapa del proceso necesita al menos un paso.</translation>
    </message>
    <message>
        <source>The first step of the process map is not one of its steps.</source>
        <translation>El primer paso del mapa del proceso no es uno de sus pasos.</translation>
    </message>
    <message>
        <source>Two steps are called “%1”; each step needs its own name.</source>
        <translation>Hay dos pasos llamados «%1»; cada paso necesita su propio nombre.</translation>
    </message>
    <message>
        <source>A transition of the process map joins steps that do not exist.</source>
        <translation>Una transición del mapa del proceso une pasos que no existen.</translation>
    </message>
</context>
<context>
    <name>ordo::csv::Reader</name>
    <message>
        <source>The file is larger than %1 MB: that is not a list to import.</source>
        <translation>El archivo ocupa más de %1 MB: no es una lista que importar.</translation>
    </message>
    <message>
        <source>The file is not text (it holds NUL bytes): save it from the spreadsheet as CSV.</source>
        <translation>El archivo no es texto (contiene bytes NUL): guárdelo desde la hoja de cálculo como CSV.</translation>
    </message>
    <message>
        <source>Line %1 has more than %2 fields.</source>
        <translation>La línea %1 tiene más de %2 campos.</translation>
    </message>
    <message>
        <source>Line %1: text after a closing quote (a quote inside a quoted field is written twice: &quot;&quot;).</source>
        <translation>Línea %1: texto después de unas comillas de cierre (unas comillas dentro de un campo entre comillas se escriben dobles: &quot;&quot;).</translation>
    </message>
    <message>
        <source>Line %1 has a field longer than %2 characters.</source>
        <translation>La línea %1 tiene un campo de más de %2 caracteres.</translation>
    </message>
    <message>
        <source>Line %1: a quote is opened and never closed.</source>
        <translation>Línea %1: unas comillas se abren y no se cierran.</translation>
    </message>
</context>
</TS>
