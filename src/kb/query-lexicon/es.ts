import { lexicon } from './types.js';

/** Spanish: Spain and Latin America, with chat spelling ("q", "xq", "porfa", "info"). */
export const es = lexicon({
  noise: [
    'horrible, horrorosa, horroroso',
    // Words whose stems are another word's: "saber" is no "sábado".
    'saber, sabéis, sabes, sabe, sabría',
    'me pasas, me pasáis, pásame, pasadme',
    'vivo en, vivimos en',
    'qué opciones hay, opciones, amigos, amigas, gente',
    'porque, poco, bastantes, bastante, tantas, tantos, ver, posible, es posible',
    'hola, holaa, holi, buenas, buenos días, buen día, buenas tardes, buenas noches',
    'aproximadamente, aprox, a grandes rasgos, a ojo',
    'normalmente, por lo general, generalmente, habitualmente, ahí, allí, allá, por ahí, por allí',
    'qué pasa si, qué ocurre si, qué sucede si, dentro de, durante, mucho, mucha, muchísimo',
    'muchísima, cuáles',
    'qué tal, cómo están, cómo está, cómo estás, saludos, un saludo, saludos cordiales',
    'cordial saludo, cordiales saludos, estimado, estimada, estimados, estimadas, señores',
    'muy señor mío, muy señores míos, a quien corresponda',
    'por favor, porfa, porfavor, porfis, plis, pls, xfa, xfavor, x favor, pf, favor de',
    'gracias, muchas gracias, mil gracias, muchísimas gracias, gracias de antemano',
    'de antemano gracias, gracias por adelantado, desde ya gracias, desde ya muchas gracias',
    'grax, graxias, thx, muy amable, le agradezco, te agradezco, les agradezco, agradecería',
    'agradezco, se agradece, gracias por su respuesta, gracias por tu ayuda, gracias por su ayuda',
    'quisiera saber, quería saber, me gustaría saber, quiero saber',
    'quisiera preguntar, quería preguntar, me gustaría preguntar, quiero preguntar',
    'quisiera consultar, quería consultar, quiero consultar, les quería consultar',
    'tengo una pregunta, una pregunta, una preguntita, otra pregunta, tengo una duda, una duda',
    'tengo una consulta, les hago una consulta, hago una consulta, una consultita, otra consulta',
    'podría decirme, podrían decirme, me podría decir, me podrían decir, me pueden decir',
    'me puede decir, me podrías decir, me dices, me dice, me dicen, me podrían informar',
    'me pueden informar, me puede informar, me informan, quisiera información, info porfa',
    'me gustaría recibir información, me interesa, estoy interesado, estoy interesada',
    'disculpe, disculpa, disculpen, perdón, perdone, perdona, disculpen la molestia',
    'perdón por la molestia, siento molestar, oiga, oye, mire, mira, bueno, pues, este',
    'o sea, osea, la verdad, en realidad, básicamente, simplemente, realmente, igual',
    'tal vez, quizás, quizá, a ver, ok, okey, oki, dale, jaja, jajaja, jeje, hoy, ahora',
    'q, k, xq, pq, porq, xk, tmb, tb, también, pa, nomás, no más, un favor',
    'atentamente, quedo atento, quedo atenta, quedo a la espera, quedo pendiente',
    'espero su respuesta, espero tu respuesta, espero respuesta, espero sus comentarios',
    'un abrazo, besos, chao, chau, adiós, hasta luego, nos vemos, que tengas buen día',
    'que tenga buen día, que tengan buen día, feliz día, bendiciones',
    'queremos, quisiéramos, me gustaría, gustaría, vamos, algún, alguna, alguno, todavía, habíamos pensado',
    'podéis, hermana, hermano, pareja, marido, mujer, esposa, esposo',
    'abuela, abuelo, abuelos, suegra, suegro, suegros',
    'buenas buenas, holis, ola, hla, bnas, bns dias, bn dia, muy buenas, muy buenos días',
    'buenas a todos, hola a todos, hola buenas, hola buenos días, qué onda, qué hubo, quiubo, epa, wenas',
    'wenas tardes, weno, un cordial saludo, reciba un cordial saludo, salu2, slds, sldos, bss, besitos',
    'abrazo, cariños, atte, att, gracias de nuevo, gracias otra vez, un millón de gracias, grcs, grs',
    'graciass, te lo agradezco, se los agradezco, gracias por todo, gracias por la info',
    'gracias por la información, ok gracias, perfecto gracias, perfecto, genial, estupendo, guay',
    'chévere, bacán, bacano, okis, okas, okay, una cosita, una cosa, una pregunta rápida, pregunta rápida',
    'una duda rápida, otra cosita, una última pregunta, última pregunta, dos preguntas, unas preguntas',
    'varias preguntas, un par de preguntas, tengo varias dudas, tengo unas dudas, tengo dudas',
    'me surge una duda, me surgió una duda, una consulta rápida, necesito saber, necesitaría saber',
    'quisiera info, quería info, me pasas info, me pasan info, me pasan información, me mandan info',
    'me podrías ayudar, me pueden ayudar, me podrían ayudar, me ayudan, me ayudas, ayuda por favor',
    'les escribo para, les escribo porque, te escribo para, escribo para, me pongo en contacto con ustedes',
    'sabéis si, saben si, sabes si, sabrían decirme, sabría decirme, q tal, k tal, ke tal, qtal',
    'cómo va, cómo andan, cómo andás, cómo te va, cómo les va, espero que estén bien',
    'espero que esté bien, espero que estés bien, espero se encuentren bien, espero que se encuentren bien',
    'hey, ey, hello, hi, la verdad es que, es que, resulta que, fíjate, pues mira, bueno pues, entonces',
    'ehh, eh, ehm, mmm, mm, emm, xfi, porfi, porfiss, pliss, señor, señora, señorita, sr, sra, srta',
    'por cierto, de casualidad, por casualidad, más o menos, o algo así, algo así, una pregunta más',
    'exactamente',
    'en total',
  ],
  concepts: [
    // Algo olvidado: "me dejé unas gafas en la habitación".
    [
      'objetos perdidos, me dejé, me he dejado, me olvidé, se me olvidó, olvidé, perdí, he perdido',
      'habéis encontrado, las habéis encontrado, lo habéis encontrado, los habéis encontrado',
    ],
    // Otra persona en lugar del viajero: "¿puede ir mi hermana en su lugar?".
    [
      'en mi lugar, en su lugar, en lugar de mí, en vez de mí, en lugar de él, en lugar de ella',
      'en vez de él, en vez de ella, ocupar mi plaza, ceder mi plaza',
    ],
    // Money
    [
      'precio, precios, cuánto cuesta, cuánto cuestan, cuánto sale, cuánto salen, cuánto vale',
      'cuánto valen, cuánto es, cuánto está, a cuánto, cuánto cobran, cuánto me cobran',
      'cuánto me sale, cuánto me saldría, qué precio, costo, costos, coste, costes, tarifa, cuánto costaría, cuánto valdría, cuánto me cobrarían, presu',
      'tarifas, valor, cuesta, cuestan, lista de precios, presupuesto, cotización',
      'cotizar, caro, barato, barata, más barato, económico, económica, preciazo',
      'presio, presios, precion, kuanto cuesta, kuanto sale, kuanto vale, cuánto sería, cuánto costará, cuánto nos costaría, cuánto nos sale, cuánto nos cobran, cuánto cobráis, cuánto pedís, cuánto piden, a cómo está, a cómo sale, en cuánto sale, qué valor tiene, qué costo tiene, qué precio tiene, precio final, precio por persona, tarifario, pvp, cuánta pasta, baratito, carito, económicos',
    ],
    // How long a voucher, a pass or a quote holds: "¿caducan?" asks what "válidas durante 2 años" says.
    [
      'caduca, caducan, caducidad, validez, válido, válida, válidos, válidas, vence, vencen, vencimiento',
    ],
    [
      'descuento, descuentos, promoción, promociones, promo, oferta, ofertas, rebaja, rebajas',
      'cupón, código de descuento, código promocional, 2x1, dos por uno, liquidación',
      'tarifa reducida',
      'black friday, cyber monday, outlet, precio especial, cupones, código de cupón, primera compra, descuento de bienvenida, early bird, descuentito, rebajado, rebajada',
    ],
    ['fidelidad, tarjeta de fidelidad, puntos, programa de puntos, cliente frecuente'],
    [
      'pago, pagos, pagar, forma de pago, formas de pago, métodos de pago, medios de pago, cómo pago',
    ],
    [
      'tarjeta, tarjetas, tarjeta de crédito, tarjeta de débito, con tarjeta, tarjeta visa, mastercard',
      'amex, datáfono, posnet, pago con tarjeta, sin contacto, contactless',
      'tpv',
    ],
    ['efectivo, en efectivo, cash, billetes, pago en efectivo, al contado, contado, plata'],
    [
      'transferencia, transferencia bancaria, por transferencia, iban, cbu, alias, cuenta bancaria',
      'datos bancarios, depósito bancario, domiciliación',
    ],
    // Each way to pay online is its own, as in English: a bank transfer answers no "¿aceptáis PayPal?".
    [
      'bizum, mercado pago, mercadopago, nequi, yape, paypal, sinpe, pago móvil, pago con el móvil',
      'pagar con el móvil, pago con el celular, apple pay, google pay, plin, daviplata, revolut',
    ],
    [
      'cuotas, en cuotas, cuotas sin interés, meses sin intereses, msi, a plazos',
      'financiación, financiamiento, financiar, pago fraccionado, fraccionar, mensualidades',
      'crédito, a crédito',
    ],
    [
      'anticipo, seña, señal, depósito, adelanto, prepago, pago por adelantado, pagar por adelantado',
      'reserva pagada, abono, fianza, garantía de reserva',
    ],
    [
      'reembolso, reembolsos, reembolsable, no reembolsable, devolución del dinero',
      'devolvéis la pasta, devolver la pasta, la pasta',
      'devolver el dinero, me devuelven el dinero, devuelven la plata, reintegro, reintegrar',
      'devuélvanme el dinero, quiero mi dinero, recuperar el dinero, reembolsar, reembolsan, me reembolsan, reembolso completo, reembolso parcial',
    ],
    [
      'factura, facturas, facturación, facturar, recibo, recibos, comprobante, ticket de compra',
      'boleta, nota fiscal, cfdi, nif, cif, rfc, cuit, iva, con iva, sin iva',
    ],
    ['propina, propinas, servicio incluido, cargo por servicio'],
    ['moneda, divisa, dólares, euros, pesos, usd, eur, tipo de cambio, cambio de moneda'],
    [
      'gratis, gratuito, gratuita, sin costo, sin cargo, sin coste, de regalo, incluido',
      'incluida, incluidos, incluye, está incluido, todo incluido',
      'qué incluye, qué incluyen, qué está incluido, qué entra, qué trae, lo que incluye, viene incluido, viene con, sin costo adicional, invita la casa',
    ],
    ['cargo extra, costo adicional, coste adicional, suplemento, recargo, cargos ocultos'],

    // Time and availability
    [
      'horario, horarios, hora de apertura, a qué hora abren, a qué hora cierran, abren, abre',
      'abierto, abiertos, abierta, cierran, cierra, cerrado, cerrados, hasta qué hora',
      'atienden, atención al público, horario de atención, días de atención, horas de atención',
      'están abiertos, qué días, abrís, cerráis, abrimos, cerramos',
      'orario, orarios, horaio, hora de cierre, cierre, apertura, horarios de apertura, horario de verano, horario de invierno, horario continuo, horario partido, de corrido, siesta, cierran al mediodía, a qué hora abrís, a qué hora cerráis, abren los domingos',
    ],
    ['fin de semana, fines de semana, finde, sábado, sábados, domingo, domingos'],
    [
      'festivo, festivos, feriado, feriados, día festivo, vacaciones, navidad, año nuevo, semana santa',
    ],
    [
      'disponibilidad, disponible, disponibles, hay lugar, hay cupo, cupo, cupos, plazas, plaza',
      'lugares, hay sitio, completo, agotado, lleno, hay turnos, turnos libres, huecos, hueco',
      'habitación disponible, fechas disponibles',
      'última hora, de última hora, queda sitio, quedan plazas, quedan lugares, hay mesa, hay mesas, hay hueco, hay disponibilidad, disponiblidad, disponibilida',
    ],
    [
      'duración, cuánto dura, cuánto tarda, cuánto demora, cuánto tiempo, dura, demora, tarda',
      'cuántas horas, cuántos días, cuántos minutos',
    ],
    [
      'espera, esperar, tiempo de espera, lista de espera, fila, cola, qué tan rápido',
      'lo antes posible, cuanto antes, próximo turno, primer turno, plazo, plazos de entrega',
    ],
    [
      'urgente, urgencia, urgencias, emergencia, emergencias, mismo día, en el día, ya mismo',
      'inmediato, inmediatamente, 24 horas, 24 7, guardia',
    ],
    ['fecha, fechas, qué día, calendario, temporada, temporada alta, temporada baja'],
    ['llego tarde, retraso, retrasado, demorado, atraso, me retraso, llegar tarde'],

    // Bookings
    [
      'reserva, reservas, reservar, reservación, reservaciones, hacer una reserva, cita, citas',
      'pedir cita, sacar cita, agendar, agendar cita, agenda, turno, sacar turno, pedir turno, pedir hora, reservar hora, agendar hora, agendarme',
      'reservo, reservé, apartar, apartado, mesa, reservar mesa, cómo reservo, booking',
      'reserba, reserbar, reserbas, resevar, rezervar, reservacion para, cómo hago una reserva, cómo puedo reservar, hacer una reservación, pedir una cita, sacar una cita, coger cita, coger hora, pillar cita, agéndame, me agendan',
    ],
    [
      'inscripción, inscripciones, inscribirse, inscribirme, inscribo, registro, registrarse, matrícula',
      'apuntarme, apúntame, me apunto, nos apuntamos',
    ],
    [
      'cancelar, cancelación, cancelaciones, cancelo, anular, anulación, anulo, dar de baja',
      'política de cancelación, no puedo ir, no voy a poder ir, suspender',
      'no podré ir, no podemos ir, no podré asistir, no puedo asistir, darme de baja, desistir, desistimiento, kanselar, cancelasion, gastos de cancelación',
    ],
    ['no presentarse, no me presenté, falté, inasistencia, ausencia'],
    [
      'cambiar, cambio de fecha, cambiar la fecha, cambiar la hora, modificar, modificación',
      'reprogramar, mover la cita, mover la reserva, posponer, aplazar, otra fecha, otro día',
      'pasar a otro día, pasarla a otro día, pasarlo a otro día, cambiar de día',
      'otro horario',
    ],
    [
      'confirmación, confirmar, confirmado, confirman, número de reserva, código de reserva, localizador',
    ],
    [
      'grupo, grupos, grupal, grupales, reserva de grupo, descuento para grupos, somos muchos',
      'corporativo, evento de empresa, para empresas, team building',
    ],
    [
      'privado, privada, privados, exclusivo, exclusiva, individual, individuales, personalizado',
      'solo para nosotros, solo nosotros, solo para nuestra familia, sin otras personas, sin desconocidos',
    ],
    [
      'evento, eventos, fiesta, fiestas, cumpleaños, cumple, boda, bodas, celebración',
      'aniversario, despedida de soltera, despedida de soltero, quinceañera, quince años, banquete',
    ],
    [
      'tarjeta regalo, tarjeta de regalo, gift card, giftcard, vale regalo, vale de regalo',
      'bono regalo, cheque regalo, certificado de regalo, voucher, vouchers, regalo, regalar',
      'tarjetas regalo, bonos regalo, regalito, para regalar, un regalo, obsequio, experiencia de regalo, caja regalo, cofre regalo, smartbox',
    ],
    ['membresía, membresías, socio, socios, afiliación, suscripción, abono mensual, cuota mensual'],
    ['paquete, paquetes, pack, packs, combo, combos, plan, planes, bono'],
    [
      'entrada, entradas, boleto, boletos, ticket, tickets, billete, billetes, acceso, valor de la entrada',
    ],
    ['prueba, clase de prueba, clase gratis, primera clase, sesión de prueba, probar, primera vez'],
    ['consulta, consultas, valoración, evaluación, primera consulta, consulta gratuita, asesoría'],

    // Place
    [
      'dirección, ubicación, ubicados, ubicada, dónde están, dónde quedan, dónde es',
      'se encuentran',
      'dónde estáis, dónde estás, dónde está la tienda, dónde os encuentro, en qué calle',
      'dónde queda, dónde se encuentran, sucursal, sucursales, oficina, cerca, cercano',
      'cerca de, mapa, google maps, código postal, zona, barrio, colonia, cómo los encuentro',
    ],
    [
      'cómo llegar, cómo llego, cómo se llega, indicaciones, ruta, transporte público',
      'autobús, bus, colectivo, camión, micro, metro, subte, tren, parada, estación, andando',
      'caminando, a pie, en taxi, taxi, uber, en coche, en carro, en auto',
    ],
    [
      'estacionamiento, aparcamiento, parking, aparcar, estacionar, dónde estaciono, parqueadero, parqueo, parquear, dónde parqueo',
      'dónde aparco, dónde dejo el coche, dónde dejo el carro, dónde dejo el auto, dejar el coche',
      'dejar el carro, dejar el auto, cochera, garaje, estacionamiento gratuito, valet parking',
    ],
    [
      'traslado, traslados, transfer, recogida',
      'nos recogen, me recogen, nos buscan, me buscan, pasan a buscar, pick up',
      'venís a buscarnos, venís a buscarme, nos venís a buscar, vienen a buscarnos, recogernos',
      'venir a buscarnos, venir a recogernos, ir a buscarnos',
      'shuttle, lanzadera, chofer',
    ],
    // The airport apart from any pick-up: a tour's hotel pick-up answers no airport question.
    ['aeropuerto, aeropuertos, del aeropuerto, al aeropuerto'],
    [
      'punto de encuentro, lugar de encuentro, dónde nos encontramos, punto de salida, salida, sale desde',
      'dónde quedamos, quedamos en, dónde nos vemos, dónde nos juntamos, dónde nos reunimos, lugar de salida, de dónde sale, desde dónde sale, dónde empieza, dónde comienza, punto de partida, punto de reunión, lugar de reunión',
    ],
    [
      'accesibilidad, accesible, accesibles, silla de ruedas, discapacidad, discapacitado',
      'discapacitados, movilidad reducida, rampa, ascensor, elevador, escaleras, planta baja',
      'sillas de ruedas, minusválido, minusválidos, andador, muletas, sin escalones, sin barreras, baño adaptado, habitación adaptada, acceso adaptado, acceso para silla de ruedas, invidente, ciego, sordo, discapacidad visual, discapacidad auditiva',
    ],
    ['baño, baños, aseo, aseos, servicios higiénicos, sanitario'],
    // A shower and a locker are two things a place may have one of, as the Russian groups keep them.
    ['vestuario, vestuarios, taquilla, taquillas, locker'],
    ['ducha, duchas'],

    // Contact and people
    [
      'contacto, contactar, contactarlos, comunicarme, comunicarse, teléfono, número de teléfono',
      'tel, tlf, llamar, llamada, los llamo, celular, móvil, whatsapp, wasap, wsp, wpp, guasap, celu, cel',
      'whats, wasa, wassap, watsap, whatsap, wasapp, wa, tfno, telf, mensajito, llamarles, llamarlos, los puedo llamar, llámenme, llámame, me llaman, número de contacto, número de whatsapp, teléfono fijo, mándame un mensaje',
      'telegram, sms',
    ],
    [
      'correo, email, e-mail, mail, correo electrónico, dirección de correo, escribirles',
      'escribiros, os escribo',
      'electrónico',
    ],
    [
      'hablar con alguien, hablar con una persona, persona real, humano, asesor, asesora',
      'agente, operador, encargado, encargada, gerente, atención al cliente, soporte',
      'hablar con un humano, persona de verdad, atención personalizada, operadora, el responsable',
    ],
    [
      'personal, equipo, empleados, doctor, doctora, doctores, médico, médica, médicos',
      'profe, profes, médico de cabecera, médico de familia, esteticista, enfermera, enfermero',
      'dentista, dentistas, odontólogo, odontóloga, guía, guías, instructor, instructora',
      'profesor, profesora, profesores, maestro, maestra, entrenador, entrenadora, terapeuta',
      'estilista, peluquero, peluquera, especialista, especialistas, técnico, mecánico, cirujano',
    ],
    [
      'experiencia, años de experiencia, titulado, certificado, certificados, licencia, colegiado, acreditado',
    ],
    [
      'idioma, idiomas, inglés, en inglés, hablan inglés, español, en español, hablan español',
      'ruso, alemán, francés, traductor, intérprete, bilingüe',
    ],
    [
      'queja, quejas, reclamo, reclamos, reclamación, reclamar, quejarme, libro de reclamaciones',
      'hoja de reclamaciones, mala experiencia, insatisfecho, insatisfecha, mal servicio',
      'estafa, estafados, timo, pésimo, fatal, indignado, indignada, enojado, enojada, enfadado, enfadada, decepcionado, decepcionada, descontento, descontenta, mal atendido, me atendieron mal',
    ],
    [
      'opiniones, opinión, reseñas, reseña, valoraciones, calificaciones, recomendaciones',
      'tripadvisor, trustpilot, google reviews, estrellas, puntuación, recomendados',
    ],
    [
      'empleo, busco trabajo, oferta de trabajo, ofertas de trabajo, vacante, vacantes, trabajar con ustedes, buscan personal, currículum, chamba, laburo',
      'currar, curro, currelo, chambear, laburar, bolsa de trabajo, trabaja con nosotros, trabajar con vosotros, únete al equipo, están contratando, buscan gente, necesitan personal, mandar currículum, enviar cv, hoja de vida, currículo, curriculum vitae, entrevista, entrevista de trabajo, becario, becaria, voluntariado, voluntario, voluntaria',
      'cv, postularme, postulación, prácticas, pasantía',
    ],
    [
      'colaboración, colaborar, alianza, socio comercial, proveedor, proveedores, mayorista, al por mayor, agencia, comisión',
    ],

    // Shop and delivery
    [
      'envío, envíos, enviar, envían, mandan, hacen envíos, entrega, entregas, delivery, domicilio',
      'a domicilio, reparto, mensajería, paquetería, correo postal, costo de envío, envío gratis',
      'envío gratuito, envío internacional, envían a, tiempo de entrega',
      'al extranjero, envíos al extranjero, envíos internacionales, a otros países, a otro país, fuera del país, fuera de españa, enbio, enbios, glovo, uber eats, just eat, rappi, pedidosya, didi food, gastos de envío, portes, portes gratis',
    ],
    [
      'seguimiento, rastrear, rastreo, número de seguimiento, guía de envío, dónde está mi pedido, paquete',
      'no llega, no me llega, no ha llegado, no me ha llegado, todavía no llega, aún no llega',
      'dónde está mi paquete, localizar mi pedido, código de seguimiento, enlace de seguimiento',
    ],
    ['pedido, pedidos, hacer un pedido, comprar, compra, carrito, encargar, encargo'],
    [
      'retiro en tienda, retirar en tienda, recoger en tienda, retiro, retirar, para llevar, take away',
    ],
    [
      'devolución, devoluciones, devolver, cambio de producto, cambiar el producto, cambios',
      'política de devoluciones, no me queda, no me quedó, no me sirve',
      'devolverlo, devolverla, cambiarlo, cambiarla, cambio de talla, plazo de devolución, devolucion de producto, etiqueta de devolución',
    ],
    [
      'garantía, garantías, en garantía, garantizado, defecto, defectuoso, roto, no funciona, dejó de funcionar',
      'no anda, no prende, no enciende, no carga, se rompió, se me rompió, llegó roto, llegó rota, llegó dañado, vino roto, vino defectuoso, falla, fallo, fallos, fallas, estropeado, estropeada, se estropeó, descompuesto, no arranca, garantia de fábrica',
    ],
    [
      'stock, en stock, sin stock, hay stock, talla, tallas, talle, talles, medidas, color, colores, modelo, modelos',
      'guía de tallas, tabla de tallas, qué talla, mi talla, talla única, me queda grande, me queda chico, me queda pequeño',
    ],
    [
      'reparación, reparaciones, reparar, arreglar, arreglo, arreglan, repuesto, repuestos, diagnóstico, revisión técnica',
      'taller mecánico, mantenimiento, puesta a punto, afinación, afinamiento, servicio técnico, cambio de pantalla, pantalla rota, cambio de batería, se mojó, arreglar el móvil, presupuesto de reparación',
    ],
    ['instalación, instalar, instalan, montaje, montar, armado, armar, colocación, colocar'],

    // Stays and food
    [
      'check in, check-in, checkin, check out, check-out, checkout, entrada al hotel, salida del hotel',
      'hora de entrada, hora de salida, llegada, salida tardía, late checkout, llaves, llave, recepción',
      'recogida de llaves, entrega de llaves, caja de llaves, cajetín, código de acceso, código de la puerta, self check-in, autocheckin, check-in autónomo, llegada autónoma, a qué hora es el check in',
    ],
    [
      'habitación, habitaciones, habitación doble, habitación individual, cuarto doble, cuarto privado, suite, cama, camas',
      'alojamiento, hospedaje, apartamento, departamento, cabaña, cabañas, hostal',
      'recámara, dormitorio, dormitorios, cuarto, cuartos, hab, habs, depa, depto, alojarme, alojarnos, hospedarme, hospedarnos, albergue, casa rural, villa, airbnb',
    ],
    ['wifi, wi-fi, wi fi, internet, conexión, contraseña del wifi, clave del wifi, clave wifi'],
    // Half and full board are meals beyond breakfast: a breakfast page answers neither.
    ['media pensión, pensión completa'],
    ['desayuno, desayunos, con desayuno, desayuno incluido, buffet'],
    [
      'comida, comidas, comer, almuerzo, almorzar, cena, cenar, menú, carta, restaurante, cocina',
      'bebidas, bebida, café, bar, alcohol, snacks, picada',
      'menú del día, menú diario, menú ejecutivo, menú de mediodía, almuerzo ejecutivo, plato del día, corrientazo, menú degustación, carta de vinos',
    ],
    [
      'vegetariano, vegetariana, vegano, vegana, sin gluten, gluten, celíaco, celíaca',
      'alergia, alergias, alérgico, alérgica, sin lactosa, lactosa, halal, kosher, dieta',
      'intolerancia, intolerancias, intolerante, frutos secos, cacahuete, cacahuetes, maní, nueces, sin tacc, apto para celíacos, celiaquía, celiacos, alérgenos, sin carne, veggie, plant based, opciones veganas, menú vegano, opciones vegetarianas, dieta especial, restricciones alimentarias, sin huevo, sin frutos secos',
    ],
    [
      'equipaje, maletas, maleta, valija, valijas, mochila, bolsos, guardar equipaje, consigna, guardaequipaje',
      'maletín, guardamaletas, consigna de equipaje, dejar las maletas, dejar maletas, guardar las maletas, guardar maletas, equipaje de mano, exceso de equipaje, trolley, equipage, maletero',
    ],
    ['limpieza, toallas, toalla, sábanas, ropa de cama'],
    // Washing the guest's own clothes is another service than cleaning the room.
    ['lavandería, lavar ropa, lavar la ropa, planchar'],
    // Cooling, heating, a pool, a spa and a gym are five things a place may have one of, as
    // the Russian groups have always kept them.
    [
      'aire acondicionado, climatización, ventilador',
      'aire, aires, ac, aa, minisplit, climatizado, climatizada, ventiladores',
    ],
    ['calefacción, calefactor, calefactores, radiador, radiadores, estufa, calefacción central'],
    ['piscina, piscinas, pileta, alberca, piscina climatizada'],
    ['spa, sauna, jacuzzi, baño turco, hidromasaje'],
    ['gimnasio, gimnasios, gym, sala de fitness'],
    [
      'vista al mar, con vista, vista a la montaña, balcón, terraza, jardín, parrilla, barbacoa, asador',
      'al aire libre, aire libre, mesa fuera, mesa afuera, en la terraza, patio, azotea, rooftop, vistas, vistas al mar',
    ],
    ['fumar, fumador, fumadores, no fumador, se puede fumar, cigarrillos, vapear'],

    // People, conditions, rules
    [
      'niños, niño, niña, niñas, hijos, hijo, hija, bebé, bebés, infantil, infantiles, menores',
      'menor, nenes, nene, nena, peques, crío, críos, familia, familias, chamacos, guaguas, bebito, bebita',
      'peque, chiquitos, chiquitas, chiquillos, churumbeles, enanos, pibes, pibe, gurises, chiquilines, recién nacido, recién nacida, lactante, nietos, nieto, nieta, sobrinos, sobrino, sobrina, carrito de bebé, carriola, silla de paseo, sillita de paseo, cambiador, menú infantil, menú para niños, parque infantil, zona infantil, ludoteca, animación infantil, club infantil',
      'adolescentes, cuna, trona, silla para bebé, cochecito',
    ],
    [
      'edad, edad mínima, edades, a partir de qué edad, desde qué edad, mayores de edad, mayor de edad, mayores de 18, solo adultos, adultos',
    ],
    ['jubilados, jubilado, tercera edad, personas mayores, adulto mayor, adultos mayores'],
    [
      'mascotas, mascota, perro, perros, perrito, perrita, gato, gatos, animales, animal',
      'pet friendly, se admiten mascotas, aceptan mascotas, con mi perro',
      'perrillo, perrete, lomito, michi, michis, gatito, gatita, minino, peludo, peludito, peludos, perro guía, perro de asistencia, se aceptan perros, admiten perros, aceptan perros, canes, admiten animales',
    ],
    [
      'seguro, seguros, aseguradora, seguro médico, seguro de viaje, póliza, mutua, obra social, prepaga, isapre, cobertura, cubre el seguro',
      'franquicia, franquicias, deducible, cobertura total, seguro a todo riesgo, todo riesgo, sin franquicia, cdw',
    ],
    [
      'documentos, documento, documentación, dni, pasaporte, cédula, identificación, ine',
      'carnet, licencia de conducir, carnet de conducir, qué tengo que llevar, qué llevar',
      'papeles, fotocopia, copia del dni, justificante, nie, tie, pasaportes',
      'qué debo llevar',
    ],
    ['visa, visado, visas, requisitos de entrada, permiso de viaje, autorización de viaje'],
    [
      'normas, reglas, condiciones, términos, términos y condiciones, políticas, reglamento, contrato',
      'letra pequeña, letra chica, normas de la casa, normativa, política de la empresa',
    ],
    [
      'vestimenta, código de vestimenta, dress code, ropa, qué ropa, qué me pongo, calzado, zapatos',
    ],
    ['alquiler, alquilar, alquilan, renta, rentar, rentan, arriendo, arrendar, equipo, equipos'],
    // A car to hire is its own thing: a bike shop's rentals answer no car question.
    [
      'alquiler de coches, alquiler de coche, coche de alquiler, coches de alquiler',
      'alquilar un coche, alquilar coche, rent a car',
    ],
    [
      'seguridad, seguro es, es seguro, peligroso, riesgo, riesgos, higiene, esterilización, esterilizado, covid',
    ],
    // A forecast is a prediction no knowledge holds; what happens in bad weather is a policy it does.
    ['pronóstico, previsión, pronóstico del tiempo, previsión del tiempo'],
    ['clima, lluvia, llueve, si llueve, mal tiempo, tormenta, viento, nieve', 'si hace mal tiempo'],
    ['privacidad, datos personales, protección de datos, confidencial, confidencialidad, rgpd'],

    // Clinics
    [
      'dolor, dolores, duele, dolerá, me duele, va a doler, doloroso, dolorosa, molestia',
      'molestias, sin dolor, indoloro, sensibilidad, sensible, dolor de muelas',
    ],
    [
      'anestesia, anestesia local, anestesia general, sedación, sedación consciente, sedar',
      'dormido, dormida, me duermen, dormirme, inyección, pinchazo, óxido nitroso, me van a dormir, que me duerman, anestesiar',
      'gas de la risa, adormecer, que no sienta nada',
    ],
    ['miedo, miedo al dentista, nervios, nervioso, nerviosa, ansiedad, pánico, fobia, me da miedo'],
    [
      'prótesis, dentadura, dentadura postiza, postiza, placa, placa dental, puente, puentes, removible, postizos, dientes postizos',
    ],
    ['implante, implantes, implante dental, implantes dentales, all on 4, all-on-4'],
    ['corona, coronas, funda dental, fundas dentales'],
    ['carilla, carillas'],
    [
      'empaste, empastes, caries, arreglo de caries, obturación, calza, tapadura, hueco en la muela',
    ],
    ['endodoncia, conducto, tratamiento de conducto, matar el nervio, nervio'],
    [
      'extracción, extraer, sacar una muela, sacar un diente, sacar la muela, muela del juicio, muelas del juicio',
      'sacarme una muela, sacarme un diente, quitar una muela, quitar un diente, arrancar una muela, exodoncia',
    ],
    ['blanqueamiento, blanquear, blanco, blancos, más blancos, dientes amarillos, manchas'],
    [
      'ortodoncia, brackets, frenillos, alineadores, invisalign, dientes torcidos, enderezar, retenedor',
    ],
    ['limpieza dental, limpieza de dientes, profilaxis, sarro, placa bacteriana, tartrectomía'],
    [
      'revisión, chequeo, examen, revisiones, chequeos, revisión anual, revisión rutinaria',
      'chequeo médico, reconocimiento médico',
    ],
    // An X-ray, an ultrasound, a CT and an MRI are machines a practice has or has not.
    ['radiografía, radiografías, rayos x'],
    ['ecografía, ecografías, ultrasonido'],
    ['tomografía, tac'],
    ['resonancia, resonancia magnética'],
    ['análisis, análisis de sangre, laboratorio, resultados'],
    ['receta, medicamento, medicamentos, medicina, pastillas'],
    // A pharmacy is a place to find, not a medicine the knowledge describes.
    ['farmacia, farmacias'],
    ['recuperación, cicatrización, postoperatorio, hinchazón, inflamación, sangrado, puntos'],
    ['derivación, orden médica, interconsulta, segunda opinión'],

    // Learning, beauty, fitness, offices
    [
      'clase, clases, curso, cursos, taller, talleres, sesión, sesiones, lección, lecciones, entrenamiento',
    ],
    [
      'nivel, niveles, principiante, principiantes, desde cero, sin experiencia, intermedio, avanzado',
    ],
    [
      'corte, corte de pelo, cortarme el pelo, tinte, tintes, mechas, color de pelo, peinado, alisado, brushing',
      'corte de cabello, cortarme el cabello, cortar el pelo, barbería, barbero, barba, arreglo de barba, degradado, fade, flequillo, cortar las puntas, keratina, balayage, decoloración, extensiones de pelo, extensiones de cabello, peinado de novia',
    ],
    [
      'manicura, manicure, pedicura, pedicure, uñas, esmaltado, semipermanente, uñas acrílicas, gel',
      'uñas de gel, uñas esculpidas, kapping, nail art, mani, pedi, acrílicas, relleno de uñas, manicurista',
    ],
    [
      'masaje, masajes, facial, tratamiento facial, tratamientos faciales',
      'masaje relajante, masaje descontracturante, masaje deportivo, piedras calientes, reflexología, quiromasaje, drenaje linfático, masage, masajista',
    ],
    [
      'entrenador personal, entrenamiento personal, fitness, yoga, pilates, crossfit, spinning',
      'sala de musculación, musculación, cardio, cinta de correr, gimnasio abierto',
    ],
    ['online, en línea, virtual, a distancia, por zoom, videollamada, presencial, en persona'],
    ['examen de ingreso, preparación de examen, exámenes, certificación, diploma'],
    [
      'abogado, abogados, abogada, asesoría legal, jurídico, notario, poder notarial',
      'bufete, despacho de abogados, asesoría jurídica, ayuda legal, abogacía, letrado, letrada',
    ],
    [
      'contador, contadora, contable, contabilidad, impuestos, declaración de la renta, hacienda, sat, afip, monotributo, autónomo',
    ],

    // Rentals, vehicles and what goes wrong with them
    [
      'robo, robos, robado, robada, robaron, me robaron, nos robaron, hurto, hurtos, ladrón',
      'ladrones, sustracción, antirrobo, carterista, carteristas, mangaron, choriaron, afanaron',
    ],
    ['candado, candados, cerradura, cerraduras, antirrobo de bici, cadena antirrobo'],
    [
      'daño, daños, dañado, dañada, rayón, rayones, rayado, rayada, abolladura, abolladuras',
      'abollado, abollada, abollados, abolladas, roto, rota, rotos, rotas, se rompe, se rompió',
      'accidente, accidentes, choque, chocar, siniestro, desperfecto, desperfectos',
    ],
    [
      'avería, averías, averiado, averiada, se averió, pinchazo, pinchazos, pinchadura, ponchadura',
      'rueda pinchada, se pinchó, grúa, asistencia en carretera, se descompuso, se quedó tirado',
    ],
    [
      'combustible, gasolina, nafta, diésel, gasoil, bencina, depósito lleno, tanque lleno',
      'lleno a lleno, repostar, cargar gasolina, echar gasolina, gasolinera',
    ],
    [
      'cargador, cargadores, punto de carga, puntos de carga, batería, baterías',
      'enchufe, enchufes, adaptador, adaptadores, toma de corriente, voltaje',
    ],
    [
      'bici eléctrica, bicis eléctricas, bicicleta eléctrica, bicicletas eléctricas, ebike',
      'e-bike, e-bikes, pedaleo asistido',
    ],
    ['patinete, patinetes, patinete eléctrico, monopatín, patineta, scooter eléctrico'],
    ['moto, motos, motocicleta, motocicletas, ciclomotor, ciclomotores, vespa, motito'],
    [
      'cambio automático, cambio manual, transmisión automática, caja automática, automático',
      'coche automático, carro automático, auto automático',
    ],
    ['casco, cascos, casco de bici, cascos incluidos'],
    [
      'silla de coche, sillita de coche, silla para niños, asiento infantil, sillita, alzador',
      'alzadores, portabebés, silla de bici para niños, remolque para niños',
    ],
    [
      'conductor, conductores, conductor adicional, segundo conductor, conductor joven',
      'conductores jóvenes, quién puede conducir',
    ],
    [
      'kilometraje, kilometraje ilimitado, kilómetros ilimitados, km ilimitados, límite de km',
      'límite de kilómetros',
    ],
    [
      'distancia, distancias, a qué distancia, qué tan lejos, está lejos, queda lejos, kilómetros',
      'km, kms, a cuántos minutos, cuánto se tarda en llegar',
    ],
    [
      'multa, multas, multa de tráfico, multa de aparcamiento, multa de estacionamiento',
      'fotomulta, infracción, infracciones, radar',
    ],
    ['peaje, peajes, autopista de peaje, telepeaje, vía de peaje'],
    [
      'ampliar, ampliar la reserva, alargar, alargar la estancia, extender, prolongar',
      'día extra, días extra, noche extra, noches extra, hora extra, quedarme más',
    ],
    ['solo ida, devolver en otra oficina, devolver en otro sitio'],

    // Shops
    [
      'medidas exactas, dimensiones, cuánto mide, cuánto miden, tamaño, tamaños',
      'ancho, altura, profundidad, qué tan grande',
    ],
    ['cuánto pesa, cuánto pesan, kilos, kg, peso máximo, límite de peso'],
    ['de qué está hecho, de qué material, algodón, cuero', 'lana merino, piel sintética'],
    [
      'segunda mano, de segunda mano, seminuevo, seminuevos, reacondicionado',
      'reacondicionados, de ocasión, como nuevo, de exposición, ex alquiler',
    ],
    ['entregar el mío, plan renove, recompra, parte de pago, compran usados'],
    [
      'preventa, reserva de producto, reservar un producto, apartar un producto',
      'cuándo vuelve a haber, cuándo repondrán, reposición',
    ],
    ['auténtico, auténtica, falso, falsa, imitación, réplica, réplicas'],
    [
      'mi cuenta, iniciar sesión, inicio de sesión, login, contraseña, olvidé mi contraseña',
      'olvidé la contraseña, recuperar contraseña, crear cuenta, crear una cuenta, usuario',
      'comprar sin registrarme, compra como invitado, borrar mi cuenta',
    ],
    [
      'newsletter, boletín, suscribirme, lista de correo, desuscribirme, dejar de recibir correos',
      'no quiero recibir correos',
    ],
    [
      'envolver para regalo, envoltorio, envoltura, papel de regalo, envuelto para regalo',
      'empaque de regalo, paquete de regalo, nota de regalo, ticket regalo',
    ],
    [
      'aduana, aduanas, aranceles, arancel, impuestos de importación, gastos de aduana',
      'tasas de aduana, dua',
    ],
    [
      'no me llegó, no ha llegado, no me ha llegado, nunca llegó, no lo recibí',
      'no he recibido, falta un artículo, me falta, extraviado, extraviada',
      'me mandaron otro, me enviaron otro',
    ],
    [
      'me cobraron dos veces, cobro duplicado, doble cobro, cobro indebido, me cobraron de más',
      'cargo duplicado, cobro de más',
    ],
    [
      'web, página web, sitio web, la página, app, tienda online, tienda en línea',
      'por internet, en internet, desde la web, por la web',
      'la web no funciona',
    ],
    ['instagram, insta, ig, facebook, fb, tiktok, redes, redes sociales, youtube, twitter'],
    [
      'no contestan, no me contestan, no responden, no me responden, nadie contesta',
      'nadie responde, sin respuesta, no me han respondido, no me han contestado',
      'tiempo de respuesta',
    ],
    [
      'quiénes son, quiénes somos, sobre nosotros, nuestra historia, fundador, fundadora',
      'fundadores, empresa familiar, negocio familiar, desde cuándo, historia, fundada, fundado',
      'desde cuándo existe, desde cuándo existís, desde cuándo existen, cuánto tiempo lleváis',
      'cuántos años lleváis, cuántos años llevan, desde hace cuánto, cuánto hace que existís',
    ],
    [
      'supermercado, supermercados, minimarket, tienda de conveniencia, colmado, ultramarinos',
      'tiendas cerca, comercios cerca',
    ],
    ['cajero, cajeros, cajero automático, cajeros automáticos, atm, sacar dinero, sacar efectivo'],

    // Stays, venues and food
    [
      'cocina equipada, nevera, heladera, refrigerador, frigo, frigorífico, microondas',
      'hervidor, pava eléctrica, cafetera, vitrocerámica, horno, lavavajillas, cocinar',
    ],
    [
      'secador, secador de pelo, secadora de pelo, tabla de planchar',
      'artículos de aseo, amenities, champú, albornoz, albornoces',
    ],
    ['televisión, tv, smart tv, netflix, canales, televisor'],
    [
      'caja fuerte, caja de seguridad, objetos de valor, guardar objetos de valor',
      'caja fuerte en la habitación',
    ],
    [
      'ruido, ruidos, ruidoso, ruidosa, silencio, silenciosa, silencioso',
      'tapones, insonorizado, insonorizada',
    ],
    [
      'cama extra, cama supletoria, camas supletorias, sofá cama, cama adicional, supletoria',
      'cama plegable',
    ],
    [
      'estancia mínima, mínimo de noches, noches mínimas, mínimo noches, una sola noche',
      'solo una noche',
    ],
    [
      'cerveza, cervezas, birra, birras, chela, chelas, cóctel, cócteles',
      'tragos, trago, copas, bebidas alcohólicas, descorche, traer vino, traer nuestro vino',
    ],
    [
      'última comanda, último pase, último turno, última entrada, último acceso',
      'hasta qué hora sirven, cocina abierta hasta, hasta qué hora se puede entrar',
    ],
    [
      'salón de eventos, salón de fiestas, local para eventos, espacio para eventos',
      'alquiler de sala, alquilar el local, alquilar el salón, sala de eventos, sala privada',
    ],
    [
      'capacidad, aforo, cuántas personas, cuántos caben, cuántas personas caben',
      'máximo de personas, número de personas, tamaño del grupo, grupos reducidos',
      'cuántos alumnos, alumnos por clase, participantes, máximo de participantes',
    ],
    ['catering, cáterin, canapés, aperitivos, picoteo, servicio de catering'],
    ['música, música en vivo, música en directo, dj, equipo de sonido, mariachi, mariachis'],
    ['decoración, decorar, globos, centros de mesa, ambientación, decoraciones'],
    [
      'foto, fotos, fotografía, fotografías, fotógrafo, fotógrafa, sesión de fotos, hacer fotos',
      'sacar fotos, tomar fotos, vídeo, videos',
    ],
    [
      'playa, playas, a pie de playa, primera línea de playa, primera línea, frente al mar',
      'cerca del mar, orilla',
    ],
    [
      'céntrico, céntrica, céntricos, centro de la ciudad, centro histórico, casco antiguo',
      'casco histórico, casco viejo, zona centro',
    ],
    [
      'itinerario, itinerarios, programa, recorrido, recorridos, qué se visita',
      'qué se ve, ruta del tour, lugares que se visitan',
    ],
    [
      'a domicilio, visita a domicilio, servicio a domicilio, vienen a casa, venir a casa',
      'a mi casa, desplazamiento, se desplazan, desplazarse',
    ],

    // Beauty, fitness, health
    [
      'depilación, depilaciones, depilar, depilarme, cera, depilación láser, láser',
      'fotodepilación, luz pulsada, ipl',
    ],
    [
      'cejas, ceja, pestañas, pestaña, extensiones de pestañas, lifting de pestañas',
      'laminado de cejas, microblading, diseño de cejas, tinte de pestañas',
    ],
    ['maquillaje, maquillar, maquillaje de novia, makeup, make up, maquilladora'],
    [
      'clase suelta, clases sueltas, pase diario, pase de un día, entrada de día, sesión suelta',
      'pago por clase, bono de clases',
    ],
    [
      'permanencia, sin permanencia, contrato mínimo, mínimo de meses, congelar la cuota',
      'pausar la membresía, congelar membresía',
    ],
    ['yoga, yoga caliente, vinyasa, hatha, ashtanga, bikram'],
    ['pilates, reformer, pilates máquina, pilates suelo'],
    ['spinning, ciclo indoor, bici estática'],
    [
      'fecha de inicio, fechas de inicio, cuándo empieza, cuándo empiezan, cuándo comienza',
      'cuándo inicia, inicio del curso, próximo curso, próxima convocatoria, convocatoria',
      'comienzo, inicio de clases',
    ],
    ['alumno, alumnos, alumna, alumnas, estudiante, estudiantes'],
    [
      'clases particulares, clase particular, profesor particular, profesora particular',
      'clases de apoyo, apoyo escolar, refuerzo escolar, repaso, deberes, tareas, tutoría, tutorías',
    ],
    [
      'autoescuela, autoescuelas, clases de conducir, clases de manejo, prácticas de conducir',
      'examen práctico, examen teórico, sacar el carnet, sacarme el carnet, sacarse el carnet',
    ],
    [
      'encías, encía, sangrado de encías, me sangran las encías, gingivitis, periodontitis',
      'periodoncia, piorrea, retracción de encías, encías retraídas',
    ],
    [
      'diente roto, muela rota, diente partido, diente astillado, se me rompió un diente',
      'se me partió un diente, fisura, fractura dental',
    ],
    ['infección, infectado, infectada, absceso, flemón, pus, flemones'],
    ['bruxismo, rechinar, apretar los dientes, férula, férula de descarga, protector bucal'],
    ['odontopediatría, odontopediatra, pediatra, pediatría, dentista infantil'],
    ['fisio, fisioterapia, fisioterapeuta, fisioterapeutas, rehabilitación, lesión deportiva'],
    ['quiropráctico, quiropráctica, quiropraxia'],
    ['osteópata, osteopatía, osteo'],
    ['bótox, arrugas, antiarrugas, toxina botulínica'],
    ['ácido hialurónico, relleno de labios, aumento de labios, labios'],
    ['injerto capilar, trasplante capilar, caída del pelo, calvicie, alopecia'],
    [
      'graduación de la vista, graduarme la vista, revisión de la vista, examen visual, óptica',
      'optometrista, gafas, lentes, anteojos, lentillas, lentes de contacto, monturas',
    ],
    ['vacuna, vacunas, vacunación, vacunarse, vacunarme, dosis de refuerzo'],
    ['embarazo, embarazada, embarazadas, lactancia, prenatal, postparto, posparto'],
    ['baja médica, justificante médico, certificado médico, parte médico'],
    ['veterinario, veterinaria, veterinarios, clínica veterinaria'],
    ['castración, castrar, esterilizar a mi perra, esterilizar a mi gata, capar'],
    ['peluquería canina, baño para perros, bañar al perro, corte de uñas para perros, groomer'],

    // Property, law, money matters
    [
      'inmueble, inmuebles, propiedad, propiedades, vivienda, viviendas, piso en venta',
      'casa en venta, comprar piso, comprar casa, inmobiliaria, inmobiliarias, agente inmobiliario',
      'bienes raíces',
    ],
    [
      'visitar el piso, ver el piso, ver la casa, ver el departamento, agendar una visita',
      'visita al inmueble, enseñar el piso, mostrar la propiedad',
    ],
    [
      'inquilino, inquilinos, arrendatario, arrendatarios, arrendador, casero, casera',
      'contrato de alquiler, contrato de arrendamiento, aval, avalista',
    ],
    ['hipoteca, hipotecas, préstamo hipotecario, crédito hipotecario, hipotecario'],
    [
      'tasación, tasaciones, tasar, valoración del inmueble, cuánto vale mi casa',
      'cuánto vale mi piso, valorar mi piso',
    ],
    [
      'gastos incluidos, gastos de comunidad, suministros, suministros incluidos, luz y agua',
      'facturas incluidas, ibi, expensas',
    ],
    ['amueblado, amueblada, sin amueblar, muebles'],
    ['divorcio, separación, custodia, pensión alimenticia, derecho de familia'],
    ['herencia, herencias, testamento, testamentos, sucesión, sucesiones, heredar, heredero'],
    [
      'extranjería, residencia legal, permiso de residencia, permiso de trabajo, arraigo',
      'nacionalidad, ciudadanía, golden visa, regularización, papeles, nie, tie',
    ],
    ['despido, despidos, finiquito, indemnización, abogado laboralista, me despidieron'],
    [
      'crear una empresa, constituir una sociedad, montar una empresa, sociedad limitada',
      'alta de autónomo, darse de alta como autónomo',
    ],
  ],
});
