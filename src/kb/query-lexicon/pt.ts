import { lexicon } from './types.js';

/** Portuguese: Brazil and Portugal, with chat spelling ("vc", "pq", "obg", "td bem") and service words. */
export const pt = lexicon({
  noise: [
    'olá, oi, oii, oie, bom dia, boa tarde, boa noite, tudo bem, td bem, tudo bom',
    'prezado, prezada, prezados, estimado, estimada, senhores, a quem interessar possa',
    'por favor, por gentileza, pfv, pf, pfvr, porfavor, obrigado, obrigada, obg, brigado, brigada',
    'muito obrigado, muito obrigada, desde já obrigado, desde já obrigada, obrigado desde já',
    'agradeço, agradeço desde já, grato, grata, valeu, vlw, thx, obrigado pela atenção',
    'atenciosamente, cumprimentos, com os melhores cumprimentos, abraço, abraços, abs, att',
    'até logo, tchau, xau, beijos, bjs, um abraço, fico no aguardo, aguardo retorno, aguardo resposta',
    'gostaria de saber, queria saber, quero saber, gostaria de perguntar, queria perguntar',
    'tenho uma dúvida, uma dúvida, uma pergunta, tenho uma pergunta, outra dúvida, dúvida rápida',
    'poderia me dizer, podem me dizer, pode me dizer, me diz, me diga, poderiam informar, podem informar',
    'com licença, desculpe, desculpa, perdão, desculpe o incômodo',
    'então, tipo, né, aí, enfim, basicamente, simplesmente, realmente, ok, okay, blz',
    'beleza, vc, você, vcs, vocês, pq, porque, tb, tbm, também, hoje, agora, hj',
  ],
  concepts: [
    [
      'preço, preços, valor, valores, custo, custa, quanto custa, quanto é, quanto fica, quanto sai',
      'quanto cobram, quanto cobra, tabela de preços, orçamento, tarifa, tarifas',
      'caro, barato, mais barato, em conta',
    ],
    [
      'desconto, descontos, promoção, promoções, promo, oferta, ofertas, cupom, cupão, código promocional, liquidação',
    ],
    [
      'pagamento, pagar, formas de pagamento, meios de pagamento, como pagar, como faço o pagamento',
    ],
    [
      'cartão, cartão de crédito, cartão de débito, crédito, débito, visa, mastercard, multibanco, maquininha',
    ],
    ['dinheiro, em dinheiro, espécie, cash, numerário'],
    [
      'pix, transferência, transferência bancária, ted, boleto, mbway, mb way, iban, paypal, dados bancários',
    ],
    [
      'parcelamento, parcelar, parcelado, parcelas, em vezes, sem juros, 12x, prestações, a prestações, financiamento',
    ],
    ['sinal, entrada, adiantamento, depósito, caução, pagamento antecipado, pré-pagamento'],
    [
      'reembolso, reembolsar, estorno, devolução do dinheiro, devolver o dinheiro, dinheiro de volta',
    ],
    ['nota fiscal, nf, fatura, faturas, recibo, recibos, nif, cnpj, cpf, comprovante'],
    ['grátis, gratuito, gratuita, de graça, incluído, incluída, incluso, sem custo, tudo incluído'],
    [
      'horário, horários, horário de funcionamento, aberto, abertos, aberta, abrem, fechado, fechados, fecham, funcionam, até que horas, que horas abre',
    ],
    ['fim de semana, fins de semana, sábado, domingo, sábados, domingos, fds'],
    ['feriado, feriados, natal, ano novo, réveillon, carnaval, páscoa, férias'],
    [
      'disponibilidade, disponível, disponíveis, vaga, vagas, lugares, tem vaga, lotado, esgotado, horário livre',
    ],
    ['duração, quanto tempo, quanto tempo dura, dura, demora, quanto demora, quantas horas'],
    ['espera, tempo de espera, lista de espera, fila, o quanto antes, mais rápido, prazo, prazos'],
    ['urgência, urgente, emergência, emergências, imediato, no mesmo dia, plantão, 24 horas'],
    [
      'reserva, reservas, reservar, agendamento, agendar, agenda, marcar, marcação, consulta marcada, horário marcado, inscrição, inscrever',
    ],
    ['cancelamento, cancelar, cancelado, desmarcar, política de cancelamento'],
    [
      'remarcar, reagendar, alterar, alteração, mudar a data, trocar a data, adiar, outra data, outro dia',
    ],
    ['confirmação, confirmar, confirmado, número da reserva'],
    ['grupo, grupos, excursão, evento corporativo, corporativo'],
    ['privado, privada, privativo, exclusivo, individual, particular, personalizado'],
    [
      'evento, eventos, festa, aniversário, casamento, despedida de solteira, despedida de solteiro, confraternização',
    ],
    [
      'vale-presente, vale presente, cartão presente, cartão-presente, voucher, presentear, de presente, para presente',
    ],
    ['mensalidade, plano, planos, pacote, pacotes, assinatura, sócio, matrícula'],
    ['ingresso, ingressos, bilhete, bilhetes, entrada do evento, ticket'],
    [
      'aula experimental, aula grátis, experimentar, primeira vez, avaliação, consulta, consultas, primeira consulta',
    ],
    [
      'endereço, onde fica, onde ficam, onde se localiza, localização, unidade, unidades, mapa, perto, próximo',
    ],
    [
      'como chegar, como chego, transporte público, ônibus, autocarro, metrô, trem, comboio, estação, parada, paragem, a pé, táxi, uber',
    ],
    [
      'estacionamento, estacionar, estaciono, onde estaciono, onde deixo o carro, vaga de carro, garagem, manobrista',
    ],
    [
      'transfer, translado, traslado, aeroporto, do aeroporto, buscar no aeroporto, me buscar, pegar no hotel',
    ],
    ['ponto de encontro, local de encontro, saída, ponto de partida, embarque'],
    [
      'acessibilidade, acessível, cadeira de rodas, cadeirante, deficiência, deficiente, rampa, elevador, escadas',
    ],
    ['banheiro, banheiros, casa de banho, wc, vestiário, vestiários, chuveiro, duche, armário'],
    [
      'contato, contacto, telefone, número de telefone, ligar, ligação, celular, telemóvel, whatsapp, zap, wpp, sms',
    ],
    ['email, e-mail, mail, correio eletrônico, endereço de email'],
    [
      'equipe, equipa, funcionários, médico, médica, médicos, doutor, doutora, dentista, dentistas, guia, guias, instrutor, professor, professora, cabeleireiro, cabeleireira, mecânico',
    ],
    ['idioma, idiomas, inglês, em inglês, falam inglês, português, espanhol, tradutor, intérprete'],
    [
      'reclamação, reclamações, reclamar, queixa, queixas, insatisfeito, insatisfeita, livro de reclamações',
    ],
    [
      'emprego, vaga de emprego, vagas de emprego, trabalhar conosco, trabalhe conosco, currículo, cv, estágio, candidatura',
    ],
    [
      'entrega, entregas, entregar, entregam, frete, envio, enviar, enviam, correios, ctt, rastreio, rastreamento, código de rastreio',
    ],
    [
      'pedido, pedidos, encomenda, encomendar, comprar, compra, carrinho, retirada na loja, retirar na loja, levantar na loja, para viagem',
    ],
    ['troca, trocas, trocar, devolução, devoluções, devolver'],
    ['garantia, na garantia, defeito, com defeito, quebrado, estragado, não funciona, avariado'],
    [
      'conserto, consertar, reparo, reparação, reparar, arrumar, peças, instalação, instalar, montagem, montar',
    ],
    ['check-in, check-out, chegada, horário de chegada, chaves, chave, recepção, receção'],
    [
      'quarto, quartos, suíte, quarto duplo, hospedagem, alojamento, pousada, apartamento, cama, camas, diária, diárias',
    ],
    ['wifi, wi-fi, internet, senha do wifi, senha do wi-fi'],
    ['café da manhã, pequeno-almoço, pequeno almoço, meia pensão, pensão completa'],
    ['comida, refeição, refeições, almoço, jantar, cardápio, menu, restaurante, bebidas, cozinha'],
    [
      'vegetariano, vegetariana, vegano, vegana, sem glúten, glúten, celíaco, alergia, alergias, sem lactose, intolerância',
    ],
    ['bagagem, bagagens, mala, malas, guarda-volumes, guardar as malas, mochila'],
    [
      'crianças, criança, filho, filha, filhos, bebê, bebês, família, adolescentes, berço, cadeirinha, carrinho de bebê',
    ],
    [
      'idade mínima, idade, a partir de que idade, com quantos anos, menor de idade, menores, maior de idade, adultos, idosos, terceira idade',
    ],
    [
      'animais, animal, pet, pets, cachorro, cão, cães, gato, gatos, pet friendly, animais de estimação',
    ],
    [
      'seguro, seguros, plano de saúde, convênio, seguradora, apólice, cobertura, reembolso do plano',
    ],
    [
      'documentos, documento, rg, identidade, cartão de cidadão, passaporte, cnh, carta de condução, visto de entrada, visto de turista, o que levar',
    ],
    ['dor, dores, dói, vai doer, doloroso, sem dor, sensibilidade, dor de dente'],
    ['anestesia, anestesia local, anestesia geral, sedação, sedar, injeção, picada, óxido nitroso'],
    ['medo, medo de dentista, ansiedade, nervoso, nervosa, pânico, fobia'],
    ['prótese, próteses, dentadura, chapa, ponte'],
    ['coroa, coroas, implante, implantes, lentes de contato dental, facetas'],
    [
      'cárie, cáries, obturação, restauração, tratamento de canal, nervo, extração, arrancar, tirar o dente, dente do siso, siso',
    ],
    [
      'clareamento, branqueamento, clarear, branquear, branco, brancos, dentes brancos, dentes amarelos, manchas',
    ],
    [
      'aparelho, aparelho dentário, aparelho ortodôntico, ortodontia, alinhadores, invisalign, dentes tortos',
    ],
    ['limpeza dental, limpeza dos dentes, profilaxia, tártaro, destartarização, placa bacteriana'],
    [
      'curso, cursos, aula, aulas, oficina, workshop, nível, iniciante, iniciantes, principiante, do zero',
    ],
    ['aluguel, aluguer, alugar, locação, equipamento, equipamentos'],
  ],
});
